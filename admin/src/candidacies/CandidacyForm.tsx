import { DateInput, required, TextInput } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { RefInput } from '../shared/RefInput';

/** Filing: the agent, the call and the service of the map; eligibility is checked by the server on the filing date. */
export const CandidacyForm = () => (
  <RecordForm data-testid="candidacy-form">
    <RefInput source="callId" reference="candidate-calls" validate={required()} />
    <RefInput source="agentId" reference="agents" validate={required()} />
    <RefInput source="serviceId" reference="services" validate={required()} />
    <DateInput source="filedOn" validate={required()} />
    <TextInput source="motivation" multiline fullWidth />
    <TextInput source="headOfServiceName" />
  </RecordForm>
);
