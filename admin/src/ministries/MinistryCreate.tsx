import { Create } from 'react-admin';
import { MinistryForm } from './MinistryForm';

export const MinistryCreate = () => (
  <Create redirect="show">
    <MinistryForm />
  </Create>
);
