import { Box, Typography } from '@mui/material';
import {
  DataTable,
  ListBase,
  Pagination,
  SelectField,
  TextField,
  useRecordContext,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { AUDIT_RESOURCE, type AuditEntry } from '../dataProvider';
import { shapeOf } from '../dataProvider/schema';
import { auditActionChoices } from './choices';
import { FrDateTimeField } from './dates';

const IGNORED = new Set(['id', 'version', 'createdAt', 'updatedAt']);

const show = (value: unknown) =>
  value === null || value === undefined || value === '' ? '∅' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** The fields an entry changed, with their labels in the record's resource. */
const AuditChanges = ({ entry, resource }: { entry: AuditEntry; resource: string }) => {
  const translate = useTranslate();
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => !IGNORED.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  if (!keys.length) {
    return <Typography variant="body2" color="text.secondary">{translate('app.audit.noChange')}</Typography>;
  }
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {keys.map((key) => (
        <li key={key}>
          <Typography variant="body2">
            <strong>{translate(`resources.${resource}.fields.${key}`, { _: key })}</strong> :{' '}
            {entry.action === 'CREATE' ? show(after[key]) : `${show(before[key])} → ${show(after[key])}`}
          </Typography>
        </li>
      ))}
    </Box>
  );
};

/**
 * "Historique" of the current record: the API's audit entries for (GraphQL type, record id),
 * paginated by the server.
 */
export const AuditHistory = () => {
  const record = useRecordContext();
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  if (!record) return null;
  const entityName = shapeOf(resource).type;
  return (
    <ListBase
      resource={AUDIT_RESOURCE}
      filter={{ entityName, entityId: String(record.id) }}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={10}
      disableSyncWithLocation
    >
      <Box data-testid="audit-history" sx={{ width: '100%' }}>
        <DataTable
          bulkActionButtons={false}
          rowClick={false}
          empty={<Typography sx={{ p: 2 }}>{translate('app.audit.empty')}</Typography>}
        >
          <DataTable.Col source="at" disableSort>
            <FrDateTimeField source="at" />
          </DataTable.Col>
          <DataTable.Col source="action" disableSort>
            <SelectField source="action" choices={auditActionChoices} />
          </DataTable.Col>
          <DataTable.Col source="actor" disableSort>
            <TextField source="actor" emptyText={translate('app.audit.unknownActor')} />
          </DataTable.Col>
          <DataTable.Col
            source="changes"
            disableSort
            render={(entry: AuditEntry) => <AuditChanges entry={entry} resource={resource} />}
          />
        </DataTable>
        <Pagination rowsPerPageOptions={[10, 25, 50]} />
      </Box>
    </ListBase>
  );
};
