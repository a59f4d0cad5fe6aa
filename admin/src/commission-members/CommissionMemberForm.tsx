import { DateInput, required, SelectInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { memberRoleChoices } from '../shared/lifecycle-choices';
import { RefInput } from '../shared/RefInput';
import { validateValidity } from '../shared/validation';

export const CommissionMemberForm = () => (
  <RecordForm validate={validateValidity}>
    <RefInput source="commissionId" reference="commissions" validate={required()} />
    <RefInput source="agentId" reference="agents" validate={required()} />
    <SelectInput source="role" choices={memberRoleChoices} validate={required()} />
    <DateInput source="validFrom" validate={required()} />
    <DateInput source="validTo" />
  </RecordForm>
);
