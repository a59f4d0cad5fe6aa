import { DateInput, required, SelectInput, TextInput } from 'react-admin';
import { agentCategoryChoices } from '../shared/choices';
import { postKindChoices } from '../shared/networkChoices';
import { RecordForm } from '../shared/RecordForm';
import { validateValidity } from '../shared/validation';

export const PostQualificationForm = () => (
  <RecordForm validate={validateValidity}>
    <SelectInput source="kind" choices={postKindChoices} validate={required()} />
    <SelectInput source="category" choices={agentCategoryChoices} validate={required()} />
    <TextInput source="legalBasis" multiline fullWidth validate={required()} />
    <DateInput source="validFrom" validate={required()} />
    <DateInput source="validTo" />
  </RecordForm>
);
