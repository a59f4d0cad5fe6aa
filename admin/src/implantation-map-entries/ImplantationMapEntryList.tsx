import { GridListActions } from '../grid/registry';
import { DataTable, ReferenceField } from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { List, ReferenceFilter } from '../shared/list';

const filters = [
  <ReferenceFilter key="mapId" source="mapId" reference="implantation-maps" alwaysOn />,
  <ReferenceFilter key="serviceId" source="serviceId" reference="services" />,
];

export const ImplantationMapEntryList = () => (
  <List filters={filters} actions={<GridListActions />}>
    <DataTable rowClick="edit">
      <DataTable.Col source="mapId" disableSort>
        <ReferenceField source="mapId" reference="implantation-maps" />
      </DataTable.Col>
      <DataTable.Col source="serviceId" disableSort>
        <ReferenceField source="serviceId" reference="services" />
      </DataTable.Col>
      <DataTable.Col source="requiredCount" field={NumberField} />
    </DataTable>
  </List>
);
