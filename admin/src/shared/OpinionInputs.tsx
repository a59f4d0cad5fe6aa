import { required, SelectInput, TextInput } from 'react-admin';
import { opinionValueChoices } from './lifecycle-choices';
import { RefInput } from './RefInput';

/** A commission's opinion on a map, a candidacy, a report or a consultation: the session and the reasoned opinion. */
export const OpinionInputs = ({ proposals = false, sessionFilter }: { proposals?: boolean; sessionFilter?: object }) => (
  <>
    <RefInput
      source="sessionId"
      reference="commission-sessions"
      label="app.workflow.sessionId"
      validate={required()}
      filter={sessionFilter}
    />
    <SelectInput source="value" label="app.workflow.value" choices={opinionValueChoices} validate={required()} />
    <TextInput source="reasons" label="app.workflow.reasons" multiline fullWidth />
    {proposals ? <TextInput source="proposals" label="app.workflow.proposals" multiline fullWidth /> : null}
  </>
);
