import { BooleanInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

/** Needs and expectations only: the server refuses texts that look like personal data. */
export const FieldReportForm = () => (
  <RecordForm defaultValues={{ difficulty: false }}>
    <RefInput source="appointmentId" reference="appointments" />
    <DateInput source="date" />
    <TextInput source="topic" />
    <TextInput source="text" multiline fullWidth />
    <BooleanInput source="difficulty" />
    <TextInput source="followUp" multiline fullWidth />
    <DateInput source="followUpOn" />
  </RecordForm>
);
