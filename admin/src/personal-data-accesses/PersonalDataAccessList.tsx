import { DataTable, List, TextField, TextInput } from 'react-admin';
import { FrDateTimeField } from '../shared/dates';

const filters = [
  <TextInput key="actor" source="actor" alwaysOn />,
  <TextInput key="entityId" source="entityId" />,
  <TextInput key="requestId" source="requestId" />,
];

/** Who read which personal fields of whom (GDPR access log); national administrators only. */
export const PersonalDataAccessList = () => (
  <List filters={filters} sort={{ field: 'at', order: 'DESC' }}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="at" field={FrDateTimeField} />
      <DataTable.Col source="actor" />
      <DataTable.Col source="role" disableSort />
      <DataTable.Col source="entityName" disableSort />
      <DataTable.Col source="entityIds" disableSort render={(r: { entityIds: string[] }) => `${r.entityIds.length} personne(s)`} />
      <DataTable.Col source="fields" disableSort render={(r: { fields: string[] }) => r.fields.join(', ')} />
      <DataTable.Col source="requestId" disableSort field={TextField} />
    </DataTable>
  </List>
);
