import { ReferenceField, SelectField, TextField } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { FrDateField } from '../shared/dates';
import { trainingKindChoices } from '../shared/lifecycle-choices';
import { RecordShow } from '../shared/RecordShow';

export const TrainingShow = () => (
  <RecordShow>
    <ReferenceField source="agentId" reference="agents" />
    <SelectField source="kind" choices={trainingKindChoices} />
    <TextField source="title" />
    <FrDateField source="date" />
    <NumberField source="hours" emptyText="—" />
  </RecordShow>
);
