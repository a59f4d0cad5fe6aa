import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, required } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { replacementReasonChoices } from '../shared/networkChoices';
import { validateValidity } from '../shared/validation';

export const ReplacementForm = () => (
  <RecordForm validate={validateValidity}>
    <ReferenceInput source="postId" reference="social-worker-posts"><AutocompleteInput filterToQuery={(q: string) => ({ q })} validate={required()} /></ReferenceInput>
    <ReferenceInput source="replacingId" reference="post-assignments"><AutocompleteInput validate={required()} /></ReferenceInput>
    <SelectInput source="reason" choices={replacementReasonChoices} validate={required()} />
    <DateInput source="validFrom" validate={required()} />
    <DateInput source="validTo" />
  </RecordForm>
);
