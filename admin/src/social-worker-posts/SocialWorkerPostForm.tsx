import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { RecordForm } from '../shared/RecordForm';
import { budgetProgrammeChoices, postKindChoices } from '../shared/networkChoices';
import { validateValidity } from '../shared/validation';

const byQ = (q: string) => ({ q });

export const SocialWorkerPostForm = () => (
  <RecordForm validate={validateValidity}>
    <TextInput source="code" validate={required()} />
    <TextInput source="title" validate={required()} />
    <SelectInput source="kind" choices={postKindChoices} validate={required()} />
    <ReferenceInput source="residenceId" reference="services" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={byQ} validate={required()} />
    </ReferenceInput>
    <SelectInput source="budgetProgramme" choices={budgetProgrammeChoices} validate={required()} />
    <NumberInput source="etp" step={0.1} defaultValue={1} />
    <ReferenceInput source="technicalSuperiorId" reference="social-worker-posts" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={byQ} />
    </ReferenceInput>
    <DateInput source="validFrom" validate={required()} />
    <DateInput source="validTo" />
  </RecordForm>
);
