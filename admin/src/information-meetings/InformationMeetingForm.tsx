import { SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { designatingAuthorityChoices } from '../shared/choices';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

export const InformationMeetingForm = () => (
  <RecordForm>
    <DateInput source="date" />
    <TextInput source="title" fullWidth />
    <RefInput source="departmentId" reference="departments" />
    {/* A central administration meeting has no department: it names its perimeter (or none, for all of them). */}
    <SelectInput source="authority" choices={designatingAuthorityChoices} emptyText="—" />
    <TextInput source="agenda" multiline fullWidth />
  </RecordForm>
);
