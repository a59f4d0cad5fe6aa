import { SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { RecordForm } from '../shared/RecordForm';
import { designatingAuthorityChoices } from '../shared/choices';
import { commissionKindChoices } from '../shared/lifecycle-choices';
import { RefInput } from '../shared/RefInput';

export const CommissionForm = () => (
  <RecordForm>
    <TextInput source="code" />
    <TextInput source="name" />
    <SelectInput source="kind" choices={commissionKindChoices} />
    <RefInput source="departmentId" reference="departments" />
    <RefInput source="regionId" reference="regions" />
    <SelectInput source="authority" choices={designatingAuthorityChoices} />
    <DateInput source="validFrom" />
    <DateInput source="validTo" />
  </RecordForm>
);
