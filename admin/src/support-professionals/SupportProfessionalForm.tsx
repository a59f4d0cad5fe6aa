import { AutocompleteInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { RecordForm } from '../shared/RecordForm';
import { supportKindChoices } from './choices';

export const SupportProfessionalForm = () => (
  <RecordForm>
    <SelectInput source="kind" choices={supportKindChoices} />
    <TextInput source="name" fullWidth />
    <TextInput source="organisation" fullWidth />
    <TextInput source="phone" />
    <TextInput source="email" type="email" />
    <TextInput source="availability" multiline fullWidth />
    <ReferenceInput source="departmentId" reference="departments" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
