import { TextInput } from 'react-admin';
import { NumberInput } from '../shared/fr/NumberInput';
import { RecordForm } from '../shared/RecordForm';

/** The figures are computed from every department's data; the record holds the narrative (editable until presented to the CNAS). */
export const NationalSynthesisReportForm = () => (
  <RecordForm defaultValues={{ year: new Date().getFullYear() - 1 }}>
    <NumberInput source="year" />
    <TextInput source="narrative" multiline fullWidth />
  </RecordForm>
);
