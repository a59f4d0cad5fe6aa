import { DateInput, required, TextInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

export const CommissionSessionForm = () => (
  <RecordForm>
    <RefInput source="commissionId" reference="commissions" validate={required()} />
    <DateInput source="date" validate={required()} />
    <TextInput source="agenda" multiline fullWidth />
  </RecordForm>
);
