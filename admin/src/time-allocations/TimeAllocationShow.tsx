import { ReferenceField, SelectField } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { FrDateField } from '../shared/dates';
import { allocationTargetChoices } from '../shared/networkChoices';
import { RecordShow } from '../shared/RecordShow';

export const TimeAllocationShow = () => (
  <RecordShow>
    <ReferenceField source="conventionId" reference="conventions" />
    <ReferenceField source="assignmentId" reference="post-assignments" />
    <SelectField source="targetKind" choices={allocationTargetChoices} />
    <ReferenceField source="serviceId" reference="services" emptyText="—" />
    <ReferenceField source="regionId" reference="regions" emptyText="—" />
    <NumberField source="share" />
    <NumberField source="etp" />
    <FrDateField source="validFrom" />
    <FrDateField source="validTo" />
  </RecordShow>
);
