import { AutocompleteArrayInput, ReferenceArrayInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

/** The services concerned default, at creation, to every service of the adopted map. */
export const CandidateCallForm = () => (
  <RecordForm>
    <TextInput source="title" fullWidth />
    <RefInput source="mapId" reference="implantation-maps" filter={{ status: ['ADOPTED'] }} />
    <DateInput source="openingDate" />
    <DateInput source="closingDate" />
    <TextInput source="jobDescription" multiline fullWidth />
    <ReferenceArrayInput source="serviceIds" reference="services">
      <AutocompleteArrayInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceArrayInput>
  </RecordForm>
);
