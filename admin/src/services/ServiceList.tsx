import { Box } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  BulkDeleteButton,
  BulkUpdateButton,
  DataTable,
  DateInput,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { FrDateField } from '../shared/dates';
import { serviceKindChoices } from '../shared/choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={serviceKindChoices} />,
  <ReferenceInput key="departmentId" source="departmentId" reference="departments" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <ReferenceInput key="ministryId" source="ministryId" reference="ministries" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <BooleanInput key="rootsOnly" source="rootsOnly" />,
  <DateInput key="asOf" source="asOf" />,
];

const BulkActions = () => (
  <>
    <BulkUpdateButton
      label="app.action.excludeFromNetwork"
      data={{ excludedFromNetwork: true }}
      mutationMode="pessimistic"
    />
    <BulkDeleteButton mutationMode="pessimistic" />
  </>
);

export const ServiceList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }}>
    <Box data-testid="services-list">
      <DataTable rowClick="show" bulkActionButtons={<BulkActions />}>
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
