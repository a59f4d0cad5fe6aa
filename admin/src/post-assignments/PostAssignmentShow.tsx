import { ReferenceField } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { FrDateField } from '../shared/dates';
import { RecordShow } from '../shared/RecordShow';

export const PostAssignmentShow = () => (
  <RecordShow>
    <ReferenceField source="postId" reference="social-worker-posts" />
    <ReferenceField source="agentId" reference="agents" />
    <NumberField source="workQuota" />
    <ReferenceField source="employingMinistryId" reference="ministries" />
    <FrDateField source="validFrom" />
    <FrDateField source="validTo" />
  </RecordShow>
);
