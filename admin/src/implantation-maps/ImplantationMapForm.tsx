import { SelectInput, TextInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { designatingAuthorityChoices } from '../shared/choices';
import { RefInput } from '../shared/RefInput';

/** A new map starts as a DRAFT; its status then moves only through the workflow buttons. */
export const ImplantationMapForm = () => (
  <RecordForm defaultValues={{ authority: 'PREFECT' }}>
    <TextInput source="title" fullWidth />
    <SelectInput source="authority" choices={designatingAuthorityChoices} />
    <RefInput source="departmentId" reference="departments" />
    <TextInput source="rationale" multiline fullWidth />
  </RecordForm>
);
