import { SelectInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { RecordForm } from '../shared/RecordForm';
import { memberRoleChoices } from '../shared/lifecycle-choices';
import { RefInput } from '../shared/RefInput';
import { validateValidity } from '../shared/validation';

export const CommissionMemberForm = () => (
  <RecordForm validate={validateValidity}>
    <RefInput source="commissionId" reference="commissions" />
    <RefInput source="agentId" reference="agents" />
    <SelectInput source="role" choices={memberRoleChoices} />
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
