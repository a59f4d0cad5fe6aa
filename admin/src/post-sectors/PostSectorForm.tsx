import { AutocompleteInput, BooleanInput, ReferenceInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { RecordForm } from '../shared/RecordForm';

const byQ = (q: string) => ({ q });

export const PostSectorForm = () => (
  <RecordForm>
    <ReferenceInput source="postId" reference="social-worker-posts">
      <AutocompleteInput filterToQuery={byQ} />
    </ReferenceInput>
    <ReferenceInput source="regionId" reference="regions" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={byQ} />
    </ReferenceInput>
    <ReferenceInput source="departmentId" reference="departments" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={byQ} />
    </ReferenceInput>
    <TextInput source="part" />
    <BooleanInput source="temporary" />
    <TextInput source="decisionReference" />
    <DateInput source="decisionDate" />
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
