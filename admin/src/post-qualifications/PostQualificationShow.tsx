import { SelectField, TextField } from 'react-admin';
import { agentCategoryChoices } from '../shared/choices';
import { FrDateField } from '../shared/dates';
import { postKindChoices } from '../shared/networkChoices';
import { RecordShow } from '../shared/RecordShow';

export const PostQualificationShow = () => (
  <RecordShow>
    <SelectField source="kind" choices={postKindChoices} />
    <SelectField source="category" choices={agentCategoryChoices} />
    <FrDateField source="validFrom" />
    <FrDateField source="validTo" />
    <TextField source="legalBasis" />
  </RecordShow>
);
