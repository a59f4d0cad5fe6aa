import { Edit } from 'react-admin';
import { MinistryForm } from './MinistryForm';

export const MinistryEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <MinistryForm />
  </Edit>
);
