import { Edit } from 'react-admin';
import { withoutIdleAffectationDate } from './affectation';
import { AgentForm } from './AgentForm';

export const AgentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={withoutIdleAffectationDate}>
    <AgentForm />
  </Edit>
);
