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

export const AgentForm = () => (
  <RecordForm>
    <TextInput source="registrationNumber" />
    <TextInput source="lastName" />
    <TextInput source="firstName" />
    <TextInput source="email" type="email" validate={email()} />
    <TextInput source="phone" />
    <TextInput source="grade" />
    <TextInput source="corps" />
    <SelectInput source="category" choices={agentCategoryChoices} />
    <SelectInput source="status" choices={agentStatusChoices} />
    <SelectInput source="population" choices={populationChoices} />
    <ReferenceInput source="employingMinistryId" reference="ministries" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
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
