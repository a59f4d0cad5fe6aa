import { SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { NumberInput } from '../shared/fr/NumberInput';
import { networkReportKindChoices } from '../shared/networkChoices';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

/** A report's record: its author's post, period and dates; its figures are computed by the API [004 §II.1–3]. */
export const NetworkReportForm = () => (
  <RecordForm defaultValues={{ kind: 'ASS_ANNUAL', year: new Date().getFullYear() - 1 }}>
    <SelectInput source="kind" choices={networkReportKindChoices} />
    <RefInput source="postId" reference="social-worker-posts" />
    <NumberInput source="year" />
    <NumberInput source="quarter" min={1} max={4} />
    <DateInput source="submittedOn" />
    <DateInput source="presentedOn" />
    <TextInput source="narrative" multiline fullWidth />
  </RecordForm>
);
