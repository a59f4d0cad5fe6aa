import { Box } from '@mui/material';
import { BooleanInput, DataTable, ReferenceField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { FrDateField } from '../shared/dates';
import { serviceKindChoices } from '../shared/choices';
import { GridListActions } from '../grid/registry';
import { List, ReferenceFilter, UpdateOrDeleteBulkActions, useWriteBulkActions } from '../shared/list';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={serviceKindChoices} />,
  <ReferenceFilter key="departmentId" source="departmentId" reference="departments" sort={{ field: 'code', order: 'ASC' }} />,
  <ReferenceFilter key="ministryId" source="ministryId" reference="ministries" sort={{ field: 'name', order: 'ASC' }} />,
  <BooleanInput key="rootsOnly" source="rootsOnly" />,
  <DateInput key="asOf" source="asOf" />,
];

const bulkActions = <UpdateOrDeleteBulkActions label="app.action.excludeFromNetwork" data={{ excludedFromNetwork: true }} />;

export const ServiceList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }} actions={<GridListActions />}>
    <Box data-testid="services-list">
      <DataTable rowClick="show" bulkActionButtons={useWriteBulkActions(bulkActions)}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={serviceKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="parentId" disableSort>
          <ReferenceField source="parentId" reference="services" />
        </DataTable.Col>
        <DataTable.Col source="departmentId" disableSort>
          <ReferenceField source="departmentId" reference="departments" />
        </DataTable.Col>
        <DataTable.Col source="ministryId" disableSort>
          <ReferenceField source="ministryId" reference="ministries" />
        </DataTable.Col>
        <DataTable.Col source="validFrom" field={FrDateField} />
        <DataTable.Col source="validTo" field={FrDateField} />
      </DataTable>
    </Box>
  </List>
);
