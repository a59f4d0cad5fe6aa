import { BooleanInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { NumberInput } from '../shared/fr/NumberInput';
import { RecordForm } from '../shared/RecordForm';

export const RegimeForm = () => (
  <RecordForm
    defaultValues={{
      titularOnly: false,
      excludesClasMembers: false,
      mobilityCriterion: false,
      jointInterview: false,
      ministerialForCentral: false,
      preciseTimeCredit: false,
    }}
  >
    <TextInput source="code" />
    <TextInput source="name" />
    <TextInput source="legalBasis" multiline fullWidth />
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
    <BooleanInput source="titularOnly" />
    <BooleanInput source="excludesClasMembers" />
    <BooleanInput source="mobilityCriterion" />
    <NumberInput source="mobilityHorizonMonths" min={1} max={120} step={1} />
    <BooleanInput source="jointInterview" />
    <BooleanInput source="ministerialForCentral" />
    <BooleanInput source="preciseTimeCredit" />
  </RecordForm>
);
