import { BooleanInput, DateInput, NumberInput, required, TextInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { validateValidity } from '../shared/validation';

export const RegimeForm = () => (
  <RecordForm validate={validateValidity} defaultValues={{ titularOnly: false, excludesClasMembers: false, mobilityCriterion: false, jointInterview: false, ministerialForCentral: false, preciseTimeCredit: false }}>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} />
    <TextInput source="legalBasis" multiline fullWidth validate={required()} />
    <DateInput source="validFrom" validate={required()} />
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
