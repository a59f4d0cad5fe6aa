import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, required } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { validateValidity } from '../shared/validation';

const byQ = (q: string) => ({ q });

export const PostAssignmentForm = () => (
  <RecordForm validate={validateValidity}>
    <ReferenceInput source="postId" reference="social-worker-posts"><AutocompleteInput filterToQuery={byQ} validate={required()} /></ReferenceInput>
    <ReferenceInput source="agentId" reference="agents"><AutocompleteInput filterToQuery={byQ} validate={required()} /></ReferenceInput>
    <NumberInput source="workQuota" step={0.1} defaultValue={1} validate={required()} />
    <ReferenceInput source="employingMinistryId" reference="ministries" sort={{ field: 'name', order: 'ASC' }}><AutocompleteInput filterToQuery={byQ} validate={required()} /></ReferenceInput>
    <DateInput source="validFrom" validate={required()} />
    <DateInput source="validTo" />
  </RecordForm>
);
