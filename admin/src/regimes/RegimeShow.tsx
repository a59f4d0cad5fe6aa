import { BooleanField, TextField } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { FrDateField } from '../shared/dates';
import { RecordShow } from '../shared/RecordShow';

export const RegimeShow = () => (
  <RecordShow>
    <TextField source="code" />
    <TextField source="name" />
    <TextField source="legalBasis" />
    <FrDateField source="validFrom" />
    <FrDateField source="validTo" />
    <BooleanField source="titularOnly" />
    <BooleanField source="excludesClasMembers" />
    <BooleanField source="mobilityCriterion" />
    <NumberField source="mobilityHorizonMonths" emptyText="—" />
    <BooleanField source="jointInterview" />
    <BooleanField source="ministerialForCentral" />
    <BooleanField source="preciseTimeCredit" />
  </RecordShow>
);
