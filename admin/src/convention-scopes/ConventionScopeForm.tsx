import { AutocompleteInput, ReferenceInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { RecordForm } from '../shared/RecordForm';

const byQ = (q: string) => ({ q });

export const ConventionScopeForm = () => (
  <RecordForm>
    <ReferenceInput source="conventionId" reference="conventions">
      <AutocompleteInput filterToQuery={byQ} />
    </ReferenceInput>
    <ReferenceInput source="serviceId" reference="services" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={byQ} />
    </ReferenceInput>
    <ReferenceInput source="departmentId" reference="departments" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={byQ} />
    </ReferenceInput>
    <ReferenceInput source="regionId" reference="regions" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={byQ} />
    </ReferenceInput>
    <ReferenceInput source="countedWithId" reference="services" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={byQ} />
    </ReferenceInput>
    {/* Empty: the entry enters the zone with its convention. */}
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
