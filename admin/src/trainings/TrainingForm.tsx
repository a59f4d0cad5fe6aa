import { SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { NumberInput } from '../shared/fr/NumberInput';
import { RecordForm } from '../shared/RecordForm';
import { trainingKindChoices } from '../shared/lifecycle-choices';
import { RefInput } from '../shared/RefInput';

export const TrainingForm = () => (
  <RecordForm>
    <RefInput source="agentId" reference="agents" />
    <SelectInput source="kind" choices={trainingKindChoices} />
    <TextInput source="title" fullWidth />
    <DateInput source="date" />
    <NumberInput source="hours" />
  </RecordForm>
);
