import { TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

/** Filing: the agent, the call and the service of the map; eligibility is checked by the server on the filing date. */
export const CandidacyForm = () => (
  <RecordForm data-testid="candidacy-form">
    <RefInput source="callId" reference="candidate-calls" />
    <RefInput source="agentId" reference="agents" />
    <RefInput source="serviceId" reference="services" />
    <DateInput source="filedOn" />
    <TextInput source="motivation" multiline fullWidth />
    <TextInput source="headOfServiceName" />
  </RecordForm>
);
