import { AutocompleteInput, BooleanInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { RecordForm } from '../shared/RecordForm';
import { designatingAuthorityChoices, serviceKindChoices } from '../shared/choices';
import { EffectiveDateInput } from '../versions/EffectiveDateInput';

const byName = { field: 'name', order: 'ASC' } as const;

/** The service's dated fields (issue 17): in the form, and in the correction of one of its versions. */
export const serviceDatedInputs = [
  <TextInput key="name" source="name" data-testid="service-name-input" />,
  <SelectInput key="kind" source="kind" choices={serviceKindChoices} />,
  <ReferenceInput key="parentId" source="parentId" reference="services" sort={byName}>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} helperText="app.service.root" />
  </ReferenceInput>,
  <ReferenceInput key="departmentId" source="departmentId" reference="departments" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <BooleanInput key="excludedFromNetwork" source="excludedFromNetwork" />,
];

export const ServiceForm = () => (
  <RecordForm data-testid="service-form">
    <TextInput source="code" />
    {serviceDatedInputs}
    <EffectiveDateInput />
    <ReferenceInput source="overseasCollectivityId" reference="overseas-collectivities" sort={byName}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <ReferenceInput source="ministryId" reference="ministries" sort={byName}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
    <SelectInput source="designatingAuthority" choices={designatingAuthorityChoices} />
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
