import { Edit } from 'react-admin';
import { AgentForm } from './AgentForm';

export const AgentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <AgentForm />
  </Edit>
);
