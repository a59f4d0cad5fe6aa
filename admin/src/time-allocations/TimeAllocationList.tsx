import { DataTable, ReferenceField, SelectField, SelectInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { NumberField } from '../shared/fr/NumberField';
import { GridListActions } from '../grid/registry';
import { FrDateField } from '../shared/dates';
import { List, ReferenceFilter } from '../shared/list';
import { allocationTargetChoices } from '../shared/networkChoices';

const filters = [
  <ReferenceFilter key="conventionId" source="conventionId" reference="conventions" alwaysOn />,
  <ReferenceFilter key="assignmentId" source="assignmentId" reference="post-assignments" />,
  <SelectInput key="targetKind" source="targetKind" choices={allocationTargetChoices} />,
  <ReferenceFilter key="serviceId" source="serviceId" reference="services" />,
  <ReferenceFilter key="regionId" source="regionId" reference="regions" />,
  <DateInput key="asOf" source="asOf" />,
];

/** Every share of time, across conventions: the list a region's CTR filters, exports or opens as a spreadsheet. */
export const TimeAllocationList = () => (
  <List filters={filters} sort={{ field: 'validFrom', order: 'DESC' }} actions={<GridListActions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="conventionId" disableSort>
        <ReferenceField source="conventionId" reference="conventions" />
      </DataTable.Col>
      <DataTable.Col source="assignmentId" disableSort>
        <ReferenceField source="assignmentId" reference="post-assignments" />
      </DataTable.Col>
      <DataTable.Col source="targetKind">
        <SelectField source="targetKind" choices={allocationTargetChoices} />
      </DataTable.Col>
      <DataTable.Col source="serviceId" disableSort>
        <ReferenceField source="serviceId" reference="services" />
      </DataTable.Col>
      <DataTable.Col source="regionId" disableSort>
        <ReferenceField source="regionId" reference="regions" />
      </DataTable.Col>
      <DataTable.Col source="share" field={NumberField} />
      <DataTable.Col source="etp" field={NumberField} disableSort />
      <DataTable.Col source="validFrom" field={FrDateField} />
      <DataTable.Col source="validTo" field={FrDateField} />
    </DataTable>
  </List>
);
