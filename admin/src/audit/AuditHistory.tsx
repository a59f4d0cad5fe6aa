import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  DataTable,
  ListBase,
  Pagination,
  SelectField,
  useDataProvider,
  useListContext,
  useRecordContext,
  useResourceContext,
  useResourceDefinitions,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { AUDIT_RESOURCE, type AppDataProvider, type AuditEntry } from '../dataProvider';
import { shapeOf } from '../dataProvider/schema';
import { auditActionChoices } from '../shared/choices';
import { FrDateTimeField } from '../shared/dates';
import { representRecord } from '../shared/representation';
import { changesOf, fieldLabel, formatValue, referencesOf, type ValueWords } from './changes';
import { referenceKey, referenceQuery } from './references';

type Names = Map<string, { resource: string; record: RaRecord }>;

/** The records this page of the trail points to, named in one request (./references.ts). */
const useReferenceNames = (type: string, entries: AuditEntry[]): Names => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const query = referenceQuery(referencesOf(type, entries));
  const { data } = useQuery({
    queryKey: ['audit-references', query?.document, query?.variables],
    queryFn: async () => (query ? query.parse(await dataProvider.query(query.document, query.variables)) : new Map()),
    enabled: query !== undefined,
  });
  return data ?? new Map();
};

const AuditChanges = ({ entry, type, resource, words }: { entry: AuditEntry; type: string; resource: string; words: ValueWords }) => {
  const changes = changesOf(type, entry);
  if (!changes.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {words.translate('app.audit.noChange')}
      </Typography>
    );
  }
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {changes.map(({ key, kind, before, after }) => (
        <li key={key}>
          <Typography variant="body2">
            <strong>{fieldLabel(resource, key, words.translate)}</strong> :{' '}
            {entry.action === 'UPDATE'
              ? `${formatValue(kind, before, words)} → ${formatValue(kind, after, words)}`
              : formatValue(kind, entry.action === 'CREATE' ? after : before, words)}
          </Typography>
        </li>
      ))}
    </Box>
  );
};

const AuditTable = ({ type, resource }: { type: string; resource: string }) => {
  const translate = useTranslate();
  const definitions = useResourceDefinitions();
  const { data = [] } = useListContext<AuditEntry>();
  const names = useReferenceNames(type, data);
  const words: ValueWords = {
    translate,
    nameOf: (refType, id) => {
      const found = names.get(referenceKey(refType, id));
      return found ? representRecord(definitions[found.resource], found.record) : undefined;
    },
  };
  return (
    <DataTable bulkActionButtons={false} rowClick={false} empty={<Typography sx={{ p: 2 }}>{translate('app.audit.empty')}</Typography>}>
      <DataTable.Col source="at" disableSort>
        <FrDateTimeField source="at" />
      </DataTable.Col>
      <DataTable.Col source="action" disableSort>
        <SelectField source="action" choices={auditActionChoices} />
      </DataTable.Col>
      <DataTable.Col
        source="actor"
        disableSort
        render={(entry: AuditEntry) => (!entry.actor || entry.actor === 'system' ? translate('app.audit.unknownActor') : entry.actor)}
      />
      <DataTable.Col
        source="changes"
        disableSort
        render={(entry: AuditEntry) => <AuditChanges entry={entry} type={type} resource={resource} words={words} />}
      />
    </DataTable>
  );
};

/**
 * « Historique » of the current record: the API's audit entries for (GraphQL type, record id), paginated by
 * the server, each change read in French (./changes.ts).
 */
export const AuditHistory = () => {
  const record = useRecordContext();
  const resource = useResourceContext() ?? '';
  if (!record) return null;
  const type = shapeOf(resource).type;
  return (
    <ListBase
      resource={AUDIT_RESOURCE}
      filter={{ entityName: type, entityId: String(record.id) }}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={10}
      disableSyncWithLocation
    >
      <Box data-testid="audit-history" sx={{ width: '100%' }}>
        <AuditTable type={type} resource={resource} />
        <Pagination rowsPerPageOptions={[10, 25, 50]} />
      </Box>
    </ListBase>
  );
};
