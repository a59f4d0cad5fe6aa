import { Edit } from 'react-admin';
import { ServiceHeadcountForm } from './ServiceHeadcountForm';

export const ServiceHeadcountEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ServiceHeadcountForm />
  </Edit>
);
