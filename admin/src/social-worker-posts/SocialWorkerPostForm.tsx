import { AutocompleteInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { NumberInput } from '../shared/fr/NumberInput';
import { RecordForm } from '../shared/RecordForm';
import { budgetProgrammeChoices, postKindChoices } from '../shared/networkChoices';

const byQ = (q: string) => ({ q });

export const SocialWorkerPostForm = () => (
  <RecordForm>
    <TextInput source="code" />
    <TextInput source="title" />
    <SelectInput source="kind" choices={postKindChoices} />
    <ReferenceInput source="residenceId" reference="services" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={byQ} />
    </ReferenceInput>
    <SelectInput source="budgetProgramme" choices={budgetProgrammeChoices} />
    <NumberInput source="etp" step={0.1} defaultValue={1} />
    <ReferenceInput source="technicalSuperiorId" reference="social-worker-posts" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={byQ} />
    </ReferenceInput>
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
