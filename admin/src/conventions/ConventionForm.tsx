import { AutocompleteInput, BooleanInput, FormDataConsumer, ReferenceInput, SelectArrayInput, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { NumberInput } from '../shared/fr/NumberInput';
import { RecordForm } from '../shared/RecordForm';
import { populationChoices } from '../shared/choices';
import { conventionBasisChoices, conventionKindChoices, serviceDirectionChoices } from '../shared/networkChoices';
import { EffectiveDateInput } from '../versions/EffectiveDateInput';

const byQ = (q: string) => ({ q });

/** The convention's dated fields (issue 17): in the form, and in the correction of one of its versions. */
export const conventionDatedInputs = [
  <NumberInput key="functionShareGuideline" source="functionShareGuideline" step={0.05} defaultValue={0.2} />,
  <NumberInput key="functionShareTolerance" source="functionShareTolerance" step={0.01} defaultValue={0.05} />,
];

/** The fields of each kind of convention [003 annexes 4–5; 004 §III]: the form shows those of the chosen kind. */
export const ConventionForm = () => (
  <RecordForm>
    <TextInput source="reference" />
    <TextInput source="title" fullWidth />
    <SelectInput source="kind" choices={conventionKindChoices} />
    <SelectInput source="basis" choices={conventionBasisChoices} />
    <FormDataConsumer>
      {({ formData }) =>
        formData.kind === 'INTERMINISTERIAL' ? (
          <>
            <ReferenceInput source="partnerMinistryId" reference="ministries" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput filterToQuery={byQ} />
            </ReferenceInput>
            <SelectInput source="direction" choices={serviceDirectionChoices} />
            <SelectArrayInput source="populations" choices={populationChoices} />
            <NumberInput source="etpProvided" step={0.1} />
          </>
        ) : formData.kind ? (
          <>
            <ReferenceInput
              source="postId"
              reference="social-worker-posts"
              filter={{ kind: formData.kind === 'ASS_SERVICE' ? 'ASS' : 'CTR' }}
            >
              <AutocompleteInput filterToQuery={byQ} />
            </ReferenceInput>
            {conventionDatedInputs}
            <EffectiveDateInput />
            <NumberInput source="secretarialEtp" step={0.1} />
          </>
        ) : null
      }
    </FormDataConsumer>
    <TextInput source="sourceText" multiline fullWidth />
    <DateInput source="signedOn" />
    <BooleanInput source="tacitRenewal" />
    <TextInput source="renewalTerms" fullWidth />
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
