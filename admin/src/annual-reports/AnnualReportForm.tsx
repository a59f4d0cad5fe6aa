import { TextInput } from 'react-admin';
import { NumberInput } from '../shared/fr/NumberInput';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

/** The figures are computed from the data; the report holds the narrative (editable until presented). */
export const AnnualReportForm = () => (
  <RecordForm defaultValues={{ year: new Date().getFullYear() - 1 }}>
    <RefInput source="departmentId" reference="departments" />
    <NumberInput source="year" />
    <TextInput source="narrative" multiline fullWidth />
  </RecordForm>
);
