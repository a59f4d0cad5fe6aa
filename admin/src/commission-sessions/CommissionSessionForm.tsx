import { TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

export const CommissionSessionForm = () => (
  <RecordForm>
    <RefInput source="commissionId" reference="commissions" />
    <DateInput source="date" />
    <TextInput source="agenda" multiline fullWidth />
  </RecordForm>
);
