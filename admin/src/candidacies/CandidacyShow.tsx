import { Alert, Stack } from '@mui/material';
import type { EnumValue } from '../gql/enums';
import { Link, ReferenceField, SelectField, TabbedShowLayout, TextField, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { FrDateField } from '../shared/dates';
import { agentStatusChoices, mobilityPlanKindChoices } from '../shared/choices';
import { appointmentStatusChoices, candidacyStatusChoices, opinionValueChoices } from '../shared/lifecycle-choices';
import { RecordShow } from '../shared/RecordShow';
import { StatusHistory } from '../shared/StatusHistory';
import { CandidacyActions } from './CandidacyActions';

/** The eligibility conditions as for an appointment today (computed by the API under today's regime). */
const Eligibility = () => {
  const record = useRecordContext<{ status: string; eligibility?: { code: string; message: string; severity: string }[] }>();
  const translate = useTranslate();
  if (
    !record?.eligibility ||
    !(['HEAD_OPINION_GIVEN', 'COMMISSION_OPINION_GIVEN', 'FILED'] satisfies EnumValue<'CandidacyStatus'>[] as string[]).includes(
      record.status,
    )
  )
    return null;
  if (!record.eligibility.length) return <Alert severity="success">{translate('app.candidacy.eligible')}</Alert>;
  return (
    <Stack spacing={1} data-testid="eligibility">
      {record.eligibility.map((v) => (
        <Alert key={v.code} severity={v.severity === 'WARNING' ? 'warning' : 'error'}>
          {v.message}
        </Alert>
      ))}
    </Stack>
  );
};

/** The appointment the candidacy led to, as a link. */
const AppointmentLink = () => {
  const record = useRecordContext<{ appointment?: { id: string; status: string } | null }>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!record?.appointment) return null;
  return (
    <Link to={createPath({ resource: 'appointments', id: record.appointment.id, type: 'show' })} data-testid="appointment-link">
      {translate(appointmentStatusChoices.find((c) => c.id === record.appointment!.status)?.name ?? '')}
    </Link>
  );
};

const tabs = [
  <TabbedShowLayout.Tab key="workflow" label="app.tabs.workflow" path="workflow">
    <StatusHistory statusChoices={candidacyStatusChoices} />
  </TabbedShowLayout.Tab>,
];

export const CandidacyShow = () => (
  <RecordShow tabs={tabs}>
    <CandidacyActions />
    <Eligibility />
    <SelectField source="status" choices={candidacyStatusChoices} data-testid="candidacy-status" />
    <ReferenceField source="agentId" reference="agents" />
    <ReferenceField source="callId" reference="candidate-calls" />
    <ReferenceField source="serviceId" reference="services" />
    <FrDateField source="filedOn" />
    <TextField source="regime.name" label="resources.candidacies.fields.regime.name" />
    <TextField source="gradeAtFiling" />
    <SelectField source="statusAtFiling" choices={agentStatusChoices} />
    <TextField source="serviceAtFiling.name" label="resources.candidacies.fields.serviceAtFiling.name" emptyText="—" />
    <FrDateField source="mobilityPlanDateAtFiling" emptyText="—" />
    <SelectField source="mobilityPlanKindAtFiling" choices={mobilityPlanKindChoices} emptyText="—" />
    <TextField source="motivation" emptyText="—" />
    <SelectField source="headOpinion" choices={opinionValueChoices} emptyText="—" />
    <TextField source="headOpinionReasons" emptyText="—" />
    <FrDateField source="headOpinionOn" emptyText="—" />
    <SelectField
      source="commissionOpinion.value"
      choices={opinionValueChoices}
      label="resources.candidacies.fields.commissionOpinion.value"
      emptyText="—"
    />
    <TextField source="commissionOpinion.reasons" label="resources.candidacies.fields.commissionOpinion.reasons" emptyText="—" />
    <FrDateField source="closedOn" emptyText="—" />
    <TextField source="outcomeReason" emptyText="—" />
    <AppointmentLink />
  </RecordShow>
);
