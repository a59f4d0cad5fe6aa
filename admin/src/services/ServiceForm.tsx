import { AutocompleteInput, BooleanInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { RecordForm } from '../shared/RecordForm';
import { designatingAuthorityChoices, serviceKindChoices } from '../shared/choices';

const byName = { field: 'name', order: 'ASC' } as const;

export const ServiceForm = () => (
  <RecordForm data-testid="service-form">
    <TextInput source="code" />
    <TextInput source="name" data-testid="service-name-input" />
    <SelectInput source="kind" choices={serviceKindChoices} />
    <ReferenceInput source="parentId" reference="services" sort={byName}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} helperText="app.service.root" />
    </ReferenceInput>
    <ReferenceInput source="departmentId" reference="departments" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <ReferenceInput source="overseasCollectivityId" reference="overseas-collectivities" sort={byName}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <ReferenceInput source="ministryId" reference="ministries" sort={byName}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <SelectInput source="designatingAuthority" choices={designatingAuthorityChoices} />
    <BooleanInput source="excludedFromNetwork" />
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
