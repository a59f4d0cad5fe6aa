import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  email,
  required,
} from 'react-admin';
import {
  agentCategoryChoices,
  agentStatusChoices,
  mobilityPlanKindChoices,
  populationChoices,
} from '../shared/choices';
import { validateValidity } from '../shared/validation';

export const AgentForm = () => (
  <SimpleForm validate={validateValidity}>
    <TextInput source="registrationNumber" validate={required()} />
    <TextInput source="lastName" validate={required()} />
    <TextInput source="firstName" validate={required()} />
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
    <BooleanInput source="active" defaultValue={true} />
    <DateInput source="validFrom" validate={required()} />
    <DateInput source="validTo" />
    <DateInput source="mobilityPlanDate" />
    <SelectInput source="mobilityPlanKind" choices={mobilityPlanKindChoices} />
  </SimpleForm>
);
