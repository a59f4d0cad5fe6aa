import { Edit } from 'react-admin';
import { RegionForm } from './RegionForm';

export const RegionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <RegionForm />
  </Edit>
);
