import { AutocompleteInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { NumberInput } from '../shared/fr/NumberInput';
import { RecordForm } from '../shared/RecordForm';
import { budgetProgrammeChoices, postKindChoices } from '../shared/networkChoices';
import { EffectiveDateInput } from '../versions/EffectiveDateInput';

const byQ = (q: string) => ({ q });

/** The post's dated fields (issue 17): in the form, and in the correction of one of its versions. */
export const postDatedInputs = [
  <SelectInput key="kind" source="kind" choices={postKindChoices} />,
  <ReferenceInput key="residenceId" source="residenceId" reference="services" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput filterToQuery={byQ} />
  </ReferenceInput>,
];

export const SocialWorkerPostForm = () => (
  <RecordForm>
    <TextInput source="code" />
    <TextInput source="title" />
    {postDatedInputs}
    <EffectiveDateInput />
    <SelectInput source="budgetProgramme" choices={budgetProgrammeChoices} />
    <NumberInput source="etp" step={0.1} defaultValue={1} />
    <ReferenceInput source="technicalSuperiorId" reference="social-worker-posts" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={byQ} />
    </ReferenceInput>
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
