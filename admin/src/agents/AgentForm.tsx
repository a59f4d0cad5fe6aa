import {
  AutocompleteInput,
  BooleanInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  TextInput,
  email,
  useRecordContext,
} from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { RecordForm } from '../shared/RecordForm';
import { agentCategoryChoices, agentStatusChoices, mobilityPlanKindChoices, populationChoices } from '../shared/choices';
import { EffectiveDateInput } from '../versions/EffectiveDateInput';

/**
 * Edit only: when the selected service differs from the agent's current one, the date the new
 * assignment takes effect (`AgentInput.affectationDate`; the API defaults to today). The API's
 * violations on `affectationDate` show on this input. `AgentEdit` drops the value when the service
 * does not change.
 */
const AffectationDateInput = () => {
  const record = useRecordContext();
  if (record?.id == null) return null;
  return (
    <FormDataConsumer>
      {({ formData }) =>
        formData.serviceId && formData.serviceId !== record.serviceId ? (
          <DateInput source="affectationDate" helperText="app.agent.affectationDateHelper" />
        ) : null
      }
    </FormDataConsumer>
  );
};

/** The agent's dated fields (issue 17): in the form, and in the correction of one of its versions. */
export const agentDatedInputs = [
  <TextInput key="grade" source="grade" />,
  <TextInput key="corps" source="corps" />,
  <SelectInput key="category" source="category" choices={agentCategoryChoices} />,
  <SelectInput key="status" source="status" choices={agentStatusChoices} />,
  <SelectInput key="population" source="population" choices={populationChoices} />,
  <ReferenceInput key="employingMinistryId" source="employingMinistryId" reference="ministries" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];

export const AgentForm = () => (
  <RecordForm>
    <TextInput source="registrationNumber" />
    <TextInput source="lastName" />
    <TextInput source="firstName" />
    <TextInput source="email" type="email" validate={email()} />
    <TextInput source="phone" />
    {agentDatedInputs}
    <EffectiveDateInput />
    <ReferenceInput source="serviceId" reference="services" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <AffectationDateInput />
    <BooleanInput source="active" defaultValue={true} />
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
    <DateInput source="mobilityPlanDate" />
    <SelectInput source="mobilityPlanKind" choices={mobilityPlanKindChoices} />
  </RecordForm>
);
