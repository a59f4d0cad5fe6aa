import { AutocompleteInput, ReferenceInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { NumberInput } from '../shared/fr/NumberInput';
import { RecordForm } from '../shared/RecordForm';

const byQ = (q: string) => ({ q });

export const PostAssignmentForm = () => (
  <RecordForm>
    <ReferenceInput source="postId" reference="social-worker-posts">
      <AutocompleteInput filterToQuery={byQ} />
    </ReferenceInput>
    <ReferenceInput source="agentId" reference="agents">
      <AutocompleteInput filterToQuery={byQ} />
    </ReferenceInput>
    <NumberInput source="workQuota" step={0.1} defaultValue={1} />
    <ReferenceInput source="employingMinistryId" reference="ministries" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={byQ} />
    </ReferenceInput>
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
