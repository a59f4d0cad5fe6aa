import { DataTable, ReferenceField, SearchInput } from 'react-admin';
import { FrDateField } from '../shared/dates';
import { List, ReferenceFilter } from '../shared/list';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <ReferenceFilter key="mapId" source="mapId" reference="implantation-maps" />];

export const CandidateCallList = () => (
  <List filters={filters} sort={{ field: 'openingDate', order: 'DESC' }}>
    <DataTable rowClick="show">
      <DataTable.Col source="title" />
      <DataTable.Col source="mapId" disableSort>
        <ReferenceField source="mapId" reference="implantation-maps" />
      </DataTable.Col>
      <DataTable.Col source="openingDate" field={FrDateField} />
      <DataTable.Col source="closingDate" field={FrDateField} />
    </DataTable>
  </List>
);
