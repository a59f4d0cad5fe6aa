import { BooleanInput, DateInput, required, TextInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

/** Needs and expectations only: the server refuses texts that look like personal data. */
export const FieldReportForm = () => (
  <RecordForm defaultValues={{ difficulty: false }}>
    <RefInput source="appointmentId" reference="appointments" validate={required()} />
    <DateInput source="date" validate={required()} />
    <TextInput source="topic" validate={required()} />
    <TextInput source="text" multiline fullWidth validate={required()} />
    <BooleanInput source="difficulty" />
    <TextInput source="followUp" multiline fullWidth />
    <DateInput source="followUpOn" />
  </RecordForm>
);
