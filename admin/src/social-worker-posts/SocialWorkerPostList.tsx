import { GridListActions } from '../grid/registry';
import { DataTable, ReferenceField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { NumberField } from '../shared/fr/NumberField';
import { FrDateField } from '../shared/dates';
import { List, ReferenceFilter } from '../shared/list';
import { postKindChoices } from '../shared/networkChoices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={postKindChoices} />,
  <ReferenceFilter key="departmentId" source="departmentId" reference="departments" sort={{ field: 'code', order: 'ASC' }} />,
  <DateInput key="asOf" source="asOf" />,
];

export const SocialWorkerPostList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }} actions={<GridListActions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="title" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={postKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="residenceId" disableSort>
        <ReferenceField source="residenceId" reference="services" />
      </DataTable.Col>
      <DataTable.Col source="budgetProgramme" />
      <DataTable.Col source="etp" field={NumberField} disableSort />
      <DataTable.Col source="technicalSuperiorId" disableSort>
        <ReferenceField source="technicalSuperiorId" reference="social-worker-posts" />
      </DataTable.Col>
      <DataTable.Col source="validFrom" field={FrDateField} />
      <DataTable.Col source="validTo" field={FrDateField} />
    </DataTable>
  </List>
);
