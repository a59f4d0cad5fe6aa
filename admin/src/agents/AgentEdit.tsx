import { Edit, type RaRecord } from 'react-admin';
import { datedChanges } from '../versions/dated';
import { withoutIdleAffectationDate } from './affectation';
import { AgentForm } from './AgentForm';

export const AgentEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    transform={(data: RaRecord, options?: { previousData?: RaRecord }) =>
      datedChanges('agents', withoutIdleAffectationDate(data, options), options?.previousData)
    }
  >
    <AgentForm />
  </Edit>
);
