import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { RecordForm } from '../shared/RecordForm';
import { replacementReasonChoices } from '../shared/networkChoices';

export const ReplacementForm = () => (
  <RecordForm>
    <ReferenceInput source="postId" reference="social-worker-posts">
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <ReferenceInput source="replacingId" reference="post-assignments">
      <AutocompleteInput />
    </ReferenceInput>
    <SelectInput source="reason" choices={replacementReasonChoices} />
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
