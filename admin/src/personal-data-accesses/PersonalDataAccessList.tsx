import { DataTable, List, TextInput, useTranslate } from 'react-admin';
import { resourceOfType } from '../dataProvider/schema';
import { roleNames } from '../i18n/fr-roles';
import { FrDateTimeField } from '../shared/dates';
import { countWords } from '../shared/numbers';

const filters = [
  <TextInput key="actor" source="actor" alwaysOn />,
  <TextInput key="entityId" source="entityId" />,
  <TextInput key="requestId" source="requestId" />,
];

interface Access {
  role: string;
  entityName: string;
  entityIds: string[];
  fields: string[];
}

/** The record's type and the fields read, as the back office names them (the log keeps the GraphQL names). */
const useNames = () => {
  const translate = useTranslate();
  const resource = (r: Access) => resourceOfType(r.entityName);
  return {
    type: (r: Access) => {
      const name = resource(r);
      return name ? translate(`resources.${name}.name`, { smart_count: 1, _: r.entityName }) : r.entityName;
    },
    fields: (r: Access) => {
      const name = resource(r);
      return r.fields.map((f) => (name ? translate(`resources.${name}.fields.${f}`, { _: f }) : f)).join(', ');
    },
  };
};

/**
 * Who read which personal fields of whom (GDPR access log); national administrators only. The request id stays a
 * filter (to find one request from the server's logs) but is not a column: a page of UUIDs says nothing to a reader.
 */
export const PersonalDataAccessList = () => {
  const names = useNames();
  return (
    <List filters={filters} sort={{ field: 'at', order: 'DESC' }}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="at" field={FrDateTimeField} />
        <DataTable.Col source="actor" />
        <DataTable.Col source="role" disableSort render={(r: Access) => roleNames[r.role] ?? r.role} />
        <DataTable.Col source="entityName" disableSort render={names.type} />
        <DataTable.Col source="entityIds" disableSort render={(r: Access) => countWords(r.entityIds.length, 'personne', 'personnes')} />
        <DataTable.Col source="fields" disableSort render={names.fields} />
      </DataTable>
    </List>
  );
};
