import { Create } from 'react-admin';
import { AgentForm } from './AgentForm';

export const AgentCreate = () => (
  <Create redirect="show">
    <AgentForm />
  </Create>
);
