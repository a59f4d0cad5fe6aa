import { Agent } from '../../referential/agent.entity';
import { Department } from '../../referential/department.entity';
import { inDepartments } from '../../access/scope';
import { Service } from '../../referential/service.entity';
import type { Context } from '../../context';
import { asRecorded } from '../../shared/history/recorded';
import type { IsoDate } from '../../shared/scalars';
import { Appointment } from '../appointments/appointment.entity';
import type { BrokenConditionReason } from '../enums';
import { ImplantationMap } from '../maps/implantation-map.entity';
import { meetingWindow } from '../correspondents.rules';
import type { DesignatingAuthority } from '../../referential/enums';
import type { MeetingWindow } from '../enums';
import { type ActivityRow, activityRows, type AlertRow, type CoverageRow, perimetersWithoutMeeting } from './indicators.repository';
import {
  ActivityFigures,
  CorrespondentAlert,
  CoverageEntry,
  DepartmentActivity,
  MapCoverage,
  MeetingAlert,
  NationalSynthesis,
} from './indicators.types';

/** SQL rows → GraphQL objects; references stay unloaded ids, initialised by the batching loaders when asked for. */

export function toCoverage(ctx: Context, rows: CoverageRow[]): MapCoverage[] {
  const maps = new Map<string, MapCoverage>();
  for (const row of rows) {
    let map = maps.get(row.map_id);
    if (!map) {
      map = Object.assign(new MapCoverage(), {
        map: ctx.em.getReference(ImplantationMap, row.map_id),
        department: row.department_id ? ctx.em.getReference(Department, row.department_id) : null,
        required: 0,
        appointed: 0,
        effective: 0,
        uncoveredCount: 0,
        entries: [],
        uncovered: [],
      });
      maps.set(row.map_id, map);
    }
    const entry = Object.assign(new CoverageEntry(), {
      service: ctx.em.getReference(Service, row.service_id),
      required: row.required,
      appointed: row.appointed,
      effective: row.effective,
      missing: Math.max(row.required - row.effective, 0),
    });
    map.entries.push(entry);
    map.required += entry.required;
    map.appointed += entry.appointed;
    map.effective += Math.min(entry.effective, entry.required);
    if (entry.missing) map.uncovered.push(entry);
    map.uncoveredCount = map.uncovered.length;
  }
  return [...maps.values()];
}

export const toAlerts = (ctx: Context, rows: AlertRow[]): CorrespondentAlert[] =>
  rows.map((r) =>
    Object.assign(new CorrespondentAlert(), {
      appointment: ctx.em.getReference(Appointment, r.id),
      agent: ctx.em.getReference(Agent, r.agent_id),
      department: r.department_id ? ctx.em.getReference(Department, r.department_id) : null,
      reason: (r.reason ?? null) as BrokenConditionReason | null,
      detail: r.detail ?? null,
      date: r.date ?? null,
    }),
  );

const FIGURES: [keyof ActivityFigures, keyof ActivityRow][] = [
  ['mapServices', 'map_services'],
  ['requiredCorrespondents', 'required_correspondents'],
  ['correspondents', 'correspondents'],
  ['effectiveCorrespondents', 'effective_correspondents'],
  ['uncoveredServices', 'uncovered_services'],
  ['candidaciesFiled', 'candidacies_filed'],
  ['appointmentsMade', 'appointments_made'],
  ['appointmentsEnded', 'appointments_ended'],
  ['initialTrainings', 'initial_trainings'],
  ['continuingTrainings', 'continuing_trainings'],
  ['informationMeetings', 'information_meetings'],
  ['meetingAttendances', 'meeting_attendances'],
  ['fieldReports', 'field_reports'],
  ['difficultiesReported', 'difficulties_reported'],
  ['sessionAttendances', 'session_attendances'],
];

const figures = (year: number, row?: ActivityRow): ActivityFigures =>
  Object.assign(
    new ActivityFigures(),
    { year },
    Object.fromEntries(FIGURES.map(([field, column]) => [field, row ? Number(row[column]) : 0])),
  );

/** The figures of many departments' reports, of any years, in one aggregate query per request. */
export function activityOf(ctx: Context, year: number, departmentId: string): Promise<ActivityFigures> {
  return ctx.loaders
    .loader<ActivityFigures>('activity', async (keys) => {
      const pairs = keys.map((key) => ({ year: Number(key.slice(0, key.indexOf(':'))), departmentId: key.slice(key.indexOf(':') + 1) }));
      const rows = await inDepartments(ctx.access, await activityRows(ctx.em, { pairs }));
      return pairs.map((p) =>
        figures(
          p.year,
          rows.find((r) => r.department_id === p.departmentId && r.year === p.year),
        ),
      );
    })
    .load(`${year}:${departmentId}`);
}

/** The national synthesis: the same figures for every department with a map, and their sum [001 §2.7]; many years in one query. */
export function nationalSynthesis(ctx: Context, year: number, recordedAt?: Date): Promise<NationalSynthesis> {
  // As recorded at an instant: what the figures read that day (« what did we report to the CNAS »), same SQL.
  return ctx.loaders
    .loader<NationalSynthesis>(`synthesis:${recordedAt?.toISOString() ?? ''}`, async (keys) => {
      const years = keys.map(Number);
      const rows = await inDepartments(ctx.access, await asRecorded(ctx, recordedAt, (em) => activityRows(em, { years })));
      return years.map((y) =>
        synthesisOf(
          ctx,
          y,
          rows.filter((r) => r.year === y),
        ),
      );
    })
    .load(String(year));
}

function synthesisOf(ctx: Context, year: number, rows: ActivityRow[]): NationalSynthesis {
  const totals = figures(year);
  for (const row of rows) for (const [field, column] of FIGURES) (totals[field] as number) += Number(row[column]);
  return Object.assign(new NationalSynthesis(), {
    year,
    totals,
    departments: rows.map((row) =>
      Object.assign(new DepartmentActivity(), {
        department: ctx.em.getReference(Department, row.department_id),
        figures: figures(year, row),
      }),
    ),
  });
}

/** Perimeters without an information meeting in the window; central perimeters are national (national roles see them). */
export async function meetingAlerts(
  ctx: Context,
  asOf: IsoDate,
  departmentId: string | null,
  window: MeetingWindow,
): Promise<MeetingAlert[]> {
  const span = meetingWindow(asOf, window);
  const rows = await perimetersWithoutMeeting(ctx.em, asOf, departmentId, span);
  return (await inDepartments(ctx.access, rows)).map((r) =>
    Object.assign(new MeetingAlert(), {
      department: r.department_id ? ctx.em.getReference(Department, r.department_id) : null,
      authority: (r.authority ?? null) as DesignatingAuthority | null,
      lastMeeting: r.last_meeting,
      window,
      from: span.from,
      to: span.to,
    }),
  );
}
