import { SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { agentCategoryChoices } from '../shared/choices';
import { postKindChoices } from '../shared/networkChoices';
import { RecordForm } from '../shared/RecordForm';

export const PostQualificationForm = () => (
  <RecordForm>
    <SelectInput source="kind" choices={postKindChoices} />
    <SelectInput source="category" choices={agentCategoryChoices} />
    <TextInput source="legalBasis" multiline fullWidth />
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
