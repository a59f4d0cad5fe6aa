import { DateInput, TextInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

export const CommissionSessionForm = () => (
  <RecordForm>
    <RefInput source="commissionId" reference="commissions" />
    <DateInput source="date" />
    <TextInput source="agenda" multiline fullWidth />
  </RecordForm>
);
