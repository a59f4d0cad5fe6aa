import type { DesignatingAuthority } from '../../referential/enums';
import { nonNegativeRule } from '../../referential/referential.rules';
import { CrudService, referenced, valueOf } from '../../shared/crud.service';
import { violation, type Violation } from '../../shared/errors';
import { isUuid } from '../../shared/ids';
import type { IsoDate } from '../../shared/scalars';
import { AnnualReport } from './annual-report.entity';
import { Appointment } from '../appointments/appointment.entity';
import {
  dateOrderRule,
  fieldReportDateRule,
  meetingAttendeeRule,
  meetingPerimeterRule,
  personalDataRule,
  runningOn,
} from '../correspondents.rules';
import type {
  AnnualReportInput,
  FieldReportInput,
  InformationMeetingAttendanceInput,
  InformationMeetingInput,
  TrainingInput,
} from '../correspondents.types';
import { AnnualReportStatus } from '../enums';
import { FieldReport } from '../follow-up/field-report.entity';
import { InformationMeeting, InformationMeetingAttendance } from '../follow-up/information-meeting.entity';
import { Training } from '../follow-up/training.entity';

export const trainings = new CrudService<Training, TrainingInput>({
  entity: Training,
  label: 'Formation',
  fields: { agentId: 'Correspondant', kind: 'Type de formation', title: 'Intitulé', date: 'Date', hours: 'Durée (heures)' },
  list: { sortable: ['date', 'kind', 'title'], dated: false },
  required: ['agentId', 'kind', 'title', 'date'],
  check: (row) => nonNegativeRule('hours', row.values.hours ?? undefined, 'Durée (heures)'),
});

export const informationMeetings = new CrudService<InformationMeeting, InformationMeetingInput>({
  entity: InformationMeeting,
  label: 'Réunion d’information',
  fields: { departmentId: 'Département', authority: 'Périmètre central', date: 'Date', title: 'Intitulé', agenda: 'Ordre du jour' },
  list: { sortable: ['date', 'title'], dated: false },
  required: ['date', 'title'],
  check: (row) =>
    meetingPerimeterRule(
      valueOf(row, 'departmentId') as string | null | undefined,
      valueOf(row, 'authority') as DesignatingAuthority | null | undefined,
    ),
});

interface AttendeeFacts {
  meetings: Map<string, InformationMeeting>;
  appointments: Appointment[];
}

export const informationMeetingAttendances = new CrudService<
  InformationMeetingAttendance,
  InformationMeetingAttendanceInput,
  AttendeeFacts
>({
  entity: InformationMeetingAttendance,
  label: 'Présence à une réunion d’information',
  fields: { meetingId: 'Réunion', agentId: 'Correspondant' },
  list: { sortable: [], dated: false },
  required: ['meetingId', 'agentId'],
  prepare: async (em, rows) => {
    const ids = (field: string) => [...new Set(rows.map((r) => valueOf(r, field)).filter(isUuid))];
    const meetings = await em.find(InformationMeeting, { id: { $in: ids('meetingId') } });
    const appointments = await em.find(Appointment, { agent: { $in: ids('agentId') } });
    return { meetings: new Map(meetings.map((m) => [m.id, m])), appointments };
  },
  check: (row, facts) => {
    const meeting = facts.meetings.get(valueOf(row, 'meetingId') as string);
    const agentId = valueOf(row, 'agentId');
    return meeting
      ? meetingAttendeeRule(
          facts.appointments.some((a) => a.agent.id === agentId && runningOn(a, meeting.date)),
          meeting.date,
        )
      : [];
  },
});

export const fieldReports = new CrudService<FieldReport, FieldReportInput, Map<string, Appointment>>({
  entity: FieldReport,
  label: 'Remontée de terrain',
  fields: {
    appointmentId: 'Correspondant (nomination)',
    date: 'Date',
    topic: 'Thème',
    text: 'Texte',
    difficulty: 'Difficulté signalée',
    followUp: 'Suite donnée',
    followUpOn: 'Date de la suite',
  },
  list: { sortable: ['date', 'topic'], dated: false },
  required: ['appointmentId', 'date', 'topic', 'text'],
  prepare: (em, rows) => referenced(em, Appointment, rows, 'appointmentId'),
  check: (row, appointments) => {
    const appointment = appointments.get(valueOf(row, 'appointmentId') as string);
    const date = valueOf(row, 'date') as IsoDate | null;
    return [
      ...personalDataRule('topic', row.values.topic),
      ...personalDataRule('text', row.values.text),
      ...personalDataRule('followUp', row.values.followUp),
      ...(appointment && date ? fieldReportDateRule(date, appointment) : []),
      ...dateOrderRule(
        'followUpOn',
        date,
        valueOf(row, 'followUpOn') as IsoDate | null,
        'La suite donnée ne peut pas précéder la remontée.',
      ),
    ];
  },
});

/** Reports of the rows' departments and years, to keep one per department and year. */
type Taken = Map<string, string>;

export const annualReports = new CrudService<AnnualReport, AnnualReportInput, Taken>({
  entity: AnnualReport,
  label: 'Rapport annuel',
  fields: { departmentId: 'Département', year: 'Année', narrative: 'Présentation' },
  list: { sortable: ['year', 'department.code'], dated: false },
  required: ['departmentId', 'year'],
  prepare: async (em, rows) => {
    const departments = [...new Set(rows.map((r) => valueOf(r, 'departmentId')).filter(isUuid))];
    const found = await em.find(AnnualReport, { department: { $in: departments } });
    return new Map(found.map((r) => [`${r.department.id}:${r.year}`, r.id]));
  },
  check: (row, taken) => {
    const out: Violation[] = [];
    if (row.existing && row.existing.status !== AnnualReportStatus.DRAFT) {
      out.push(violation('id', 'ANNUAL_REPORT_NOT_EDITABLE', 'Ce rapport a été présenté à la commission : il ne peut plus être modifié.'));
    }
    const year = valueOf(row, 'year') as number | undefined;
    if (year !== undefined && (year < 2008 || year > 2100)) out.push(violation('year', 'ANNUAL_REPORT_YEAR', `Année invalide : ${year}.`));
    const owner = taken.get(`${String(valueOf(row, 'departmentId'))}:${year}`);
    if (owner && owner !== row.existing?.id)
      out.push(violation('year', 'DUPLICATE', `Le rapport annuel ${year} de ce département existe déjà.`));
    return out;
  },
  beforeDelete: async (_em, report) =>
    report.status === AnnualReportStatus.DRAFT
      ? []
      : [violation('id', 'ANNUAL_REPORT_NOT_EDITABLE', 'Ce rapport a été présenté à la commission : il ne peut pas être supprimé.')],
});
