import { SelectInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { RecordForm } from '../shared/RecordForm';
import { memberRoleChoices } from '../shared/lifecycle-choices';
import { RefInput } from '../shared/RefInput';

export const CommissionMemberForm = () => (
  <RecordForm>
    <RefInput source="commissionId" reference="commissions" />
    <RefInput source="agentId" reference="agents" />
    <SelectInput source="role" choices={memberRoleChoices} />
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
