import { Typography } from '@mui/material';
import { DataTable, Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { FrDateField } from '../shared/dates';

interface Affectation {
  id: string;
  validFrom: string;
  validTo: string | null;
  service: { id: string; code: string; name: string };
}

/** The row's service, linked to its show page (code and name come with the history: no extra request). */
const AffectationService = () => {
  const affectation = useRecordContext<Affectation>();
  const createPath = useCreatePath();
  if (!affectation?.service) return null;
  const { service } = affectation;
  return (
    <Link to={createPath({ resource: 'services', id: service.id, type: 'show' })}>
      {service.code} – {service.name}
    </Link>
  );
};

const NoAffectation = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.agent.noAffectation')}
    </Typography>
  );
};

/**
 * Rows of the agent's assignment history (oldest first, as the API gives it), inside
 * `<ArrayField source="affectations">`: read with the agent itself (`resourceOptions.agents.detail`),
 * one request for the page, none per row.
 */
export const AffectationTable = () => (
  <DataTable bulkActionButtons={false} rowClick={false} empty={<NoAffectation />}>
    <DataTable.Col source="service" disableSort>
      <AffectationService />
    </DataTable.Col>
    <DataTable.Col source="validFrom" field={FrDateField} />
    <DataTable.Col source="validTo" field={FrDateField} />
  </DataTable>
);
