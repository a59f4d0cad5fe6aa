import { ReferenceField, SelectField } from 'react-admin';
import { FrDateField } from '../shared/dates';
import { memberRoleChoices } from '../shared/lifecycle-choices';
import { RecordShow } from '../shared/RecordShow';

export const CommissionMemberShow = () => (
  <RecordShow>
    <ReferenceField source="commissionId" reference="commissions" />
    <ReferenceField source="agentId" reference="agents" />
    <SelectField source="role" choices={memberRoleChoices} />
    <FrDateField source="validFrom" />
    <FrDateField source="validTo" />
  </RecordShow>
);
