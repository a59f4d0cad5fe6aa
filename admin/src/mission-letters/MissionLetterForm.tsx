import { BooleanInput, SelectInput, TextInput } from 'react-admin';
import { NumberInput } from '../shared/fr/NumberInput';
import { RecordForm } from '../shared/RecordForm';
import { timeCreditUnitChoices } from '../shared/lifecycle-choices';
import { RefInput } from '../shared/RefInput';

/** The time credit is a number and a unit: no free wording [000]. Edited only before the first signature. */
export const MissionLetterForm = () => (
  <RecordForm defaultValues={{ annualInterviewMention: true, historical: false }}>
    <RefInput source="appointmentId" reference="appointments" />
    <NumberInput source="timeCreditAmount" step={0.5} />
    <SelectInput source="timeCreditUnit" choices={timeCreditUnitChoices} />
    <TextInput source="means" multiline fullWidth />
    <TextInput source="dedicatedEmail" type="email" />
    <TextInput source="trainingModalities" multiline fullWidth />
    <BooleanInput source="annualInterviewMention" />
    <TextInput source="organigrammePlacement" fullWidth />
    <TextInput source="headOfServiceName" />
    <TextInput source="socialActionHeadName" />
    <BooleanInput source="historical" />
    <TextInput source="historicalTimeCredit" fullWidth />
  </RecordForm>
);
