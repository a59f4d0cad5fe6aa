import { AutocompleteArrayInput, DateInput, ReferenceArrayInput, required, TextInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

/** The services concerned default, at creation, to every service of the adopted map. */
export const CandidateCallForm = () => (
  <RecordForm>
    <TextInput source="title" validate={required()} fullWidth />
    <RefInput source="mapId" reference="implantation-maps" filter={{ status: ['ADOPTED'] }} validate={required()} />
    <DateInput source="openingDate" validate={required()} />
    <DateInput source="closingDate" validate={required()} />
    <TextInput source="jobDescription" multiline fullWidth />
    <ReferenceArrayInput source="serviceIds" reference="services">
      <AutocompleteArrayInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceArrayInput>
  </RecordForm>
);
