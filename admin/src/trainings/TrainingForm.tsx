import { DateInput, NumberInput, required, SelectInput, TextInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { trainingKindChoices } from '../shared/lifecycle-choices';
import { RefInput } from '../shared/RefInput';

export const TrainingForm = () => (
  <RecordForm>
    <RefInput source="agentId" reference="agents" validate={required()} />
    <SelectInput source="kind" choices={trainingKindChoices} validate={required()} />
    <TextInput source="title" validate={required()} fullWidth />
    <DateInput source="date" validate={required()} />
    <NumberInput source="hours" />
  </RecordForm>
);
