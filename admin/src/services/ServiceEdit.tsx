import { Edit } from 'react-admin';
import { ServiceForm } from './ServiceForm';

// Pessimistic: the API checks the version and the rules, and its messages must land on the inputs.
export const ServiceEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ServiceForm />
  </Edit>
);
