import type { EntityManager } from '@mikro-orm/postgresql';
import { readSql } from '../../shared/sql';
import type { IsoDate } from '../../shared/scalars';
import { tableAsOf } from '../../shared/versions/versioned';

/*
 * The indicators, each one SQL statement over the dated records, valid for any past date:
 * `p` holds the parameters (the date and an optional department), `running` the appointments running on the date.
 */

const PARAMS = `p as (select ?::date as d, ?::uuid as dep)`;
const RUNNING = `running as (
  select a.id, a.agent_id, a.start_date, a.candidacy_id, m.department_id
  from appointment a cross join p join implantation_map m on m.id = a.map_id
  where a.start_date <= p.d and (a.end_date is null or a.end_date >= p.d) and (p.dep is null or m.department_id = p.dep))`;
const IN_FORCE = `m.in_force_from <= p.d and (m.in_force_to is null or m.in_force_to >= p.d) and (p.dep is null or m.department_id = p.dep)`;

export interface CoverageRow {
  map_id: string;
  department_id: string | null;
  service_id: string;
  required: number;
  appointed: number;
  effective: number;
}

/** Per service of each map in force: required, appointed (running) and effective (letter signed by then). */
export function coverageRows(em: EntityManager, asOf: IsoDate, departmentId: string | null): Promise<CoverageRow[]> {
  return em.getConnection('read').execute(
    `with ${PARAMS},
     letters as (select appointment_id, min(signed_on) as signed_on from mission_letter where signed_on is not null group by appointment_id),
     covering as (
       select a.id, aps.service_id, l.signed_on from appointment a cross join p
       join appointment_services aps on aps.appointment_id = a.id left join letters l on l.appointment_id = a.id
       where a.start_date <= p.d and (a.end_date is null or a.end_date >= p.d))
     select m.id as map_id, m.department_id, e.service_id, e.required_count as required,
            count(c.id)::int as appointed, (count(c.id) filter (where c.signed_on <= p.d))::int as effective
     from implantation_map m cross join p
     join implantation_map_entry e on e.map_id = m.id join service s on s.id = e.service_id
     left join covering c on c.service_id = e.service_id
     where ${IN_FORCE}
     group by m.id, m.department_id, e.service_id, e.required_count, s.code
     order by m.department_id nulls first, m.id, s.code`,
    [asOf, departmentId],
  );
}

export interface AlertRow {
  id: string;
  agent_id: string;
  department_id: string | null;
  reason?: string | null;
  detail?: string | null;
  date?: IsoDate | null;
}

const alerts = (em: EntityManager, select: string, asOf: IsoDate, departmentId: string | null): Promise<AlertRow[]> =>
  em.getConnection('read').execute(`with ${PARAMS}, ${RUNNING} ${select}`, [asOf, departmentId]);

/** Correspondents with no initial (e-learning) training completed by the date [001 art. 6, §2.6]. */
export const withoutInitialTraining = (em: EntityManager, asOf: IsoDate, departmentId: string | null) =>
  alerts(
    em,
    `select r.id, r.agent_id, r.department_id, r.start_date as date from running r cross join p
    where not exists (select 1 from training t where t.agent_id = r.agent_id and t.kind = 'INITIAL_ELEARNING' and t.date <= p.d)
    order by r.start_date, r.id`,
    asOf,
    departmentId,
  );

/** Running appointments with no mission letter fully signed by the date: not effective [000; 001 §2.2]. */
export const withoutSignedLetter = (em: EntityManager, asOf: IsoDate, departmentId: string | null) =>
  alerts(
    em,
    `select r.id, r.agent_id, r.department_id, r.start_date as date from running r cross join p
    where not exists (select 1 from mission_letter l where l.appointment_id = r.id and l.signed_on <= p.d)
    order by r.start_date, r.id`,
    asOf,
    departmentId,
  );

/**
 * Correspondents with a mobility plan still ahead on the date that their filing did not declare (the candidacy's
 * snapshot): a continuity warning, not ineligibility [000].
 */
export const mobilityAfterAppointment = (em: EntityManager, asOf: IsoDate, departmentId: string | null) =>
  alerts(
    em,
    `select r.id, r.agent_id, r.department_id, g.mobility_plan_date as date, g.mobility_plan_kind as detail
    from running r cross join p join agent g on g.id = r.agent_id left join candidacy c on c.id = r.candidacy_id
    where g.mobility_plan_date >= p.d and g.mobility_plan_date >= r.start_date
      and c.mobility_plan_date_at_filing is distinct from g.mobility_plan_date
    order by g.mobility_plan_date, r.id`,
    asOf,
    departmentId,
  );

/**
 * Correspondents whose conditions broke on the date, with the reason: a titular or substitute CLAS seat while the regime
 * in force excludes it [001 §2.3]; an assignment, since the appointment, to a service it does not cover; no assignment.
 */
export const brokenConditions = (em: EntityManager, asOf: IsoDate, departmentId: string | null) =>
  alerts(
    em,
    `
    select r.id, r.agent_id, r.department_id, 'CLAS_MEMBER' as reason, c.name as detail, cm.valid_from as date
    from running r cross join p
    join commission_member cm on cm.agent_id = r.agent_id and cm.role in ('TITULAIRE', 'SUPPLEANT') and cm.valid_from <= p.d and (cm.valid_to is null or cm.valid_to >= p.d)
    join commission c on c.id = cm.commission_id and c.kind = 'CLAS'
    join regime g on g.valid_from <= p.d and (g.valid_to is null or g.valid_to >= p.d) and g.excludes_clas_members
    union all
    select r.id, r.agent_id, r.department_id, 'LEFT_SERVICE', s.name, af.valid_from
    from running r cross join p
    join affectation af on af.agent_id = r.agent_id and af.valid_from <= p.d and (af.valid_to is null or af.valid_to >= p.d) and af.valid_from > r.start_date
    join ${tableAsOf(em.getMetadata(), 'Service', asOf)} s on s.id = af.service_id
    where not exists (select 1 from appointment_services aps where aps.appointment_id = r.id and aps.service_id = af.service_id)
    union all
    select r.id, r.agent_id, r.department_id, 'NOT_IN_POST', null, null
    from running r cross join p
    where not exists (select 1 from affectation af where af.agent_id = r.agent_id and af.valid_from <= p.d and (af.valid_to is null or af.valid_to >= p.d))
    order by 1, 4`,
    asOf,
    departmentId,
  );

export interface MeetingAlertRow {
  department_id: string | null;
  authority: string | null;
  last_meeting: IsoDate | null;
}

/**
 * The perimeters with a map in force on the date — departments, and central administration's perimeters (SG, DRHFSPN,
 * gendarmerie) — that held no information meeting in the window [001 §2.5]. A central meeting counts for its perimeter,
 * or for every central perimeter when it names none.
 */
export function perimetersWithoutMeeting(
  em: EntityManager,
  asOf: IsoDate,
  departmentId: string | null,
  window: { from: IsoDate; to: IsoDate },
): Promise<MeetingAlertRow[]> {
  const match = `((pr.department_id is not null and im.department_id = pr.department_id)
    or (pr.department_id is null and im.department_id is null and (im.authority is null or im.authority = pr.authority)))`;
  return em.getConnection('read').execute(
    `with ${PARAMS}, w as (select ?::date as w0, ?::date as w1),
     perimeters as (
       select distinct m.department_id, case when m.department_id is null then m.authority end as authority
       from implantation_map m cross join p where ${IN_FORCE})
     select pr.department_id, pr.authority,
       (select max(im.date) from information_meeting im where ${match} and im.date <= p.d) as last_meeting
     from perimeters pr cross join p cross join w left join department d on d.id = pr.department_id
     where not exists (select 1 from information_meeting im where ${match} and im.date between w.w0 and w.w1)
     order by d.code nulls first, pr.authority`,
    [asOf, departmentId, window.from, window.to],
  );
}

export interface ActivityRow {
  department_id: string;
  year: number;
  map_services: number;
  required_correspondents: number;
  correspondents: number;
  effective_correspondents: number;
  uncovered_services: number;
  candidacies_filed: number;
  appointments_made: number;
  appointments_ended: number;
  initial_trainings: number;
  continuing_trainings: number;
  information_meetings: number;
  meeting_attendances: number;
  field_reports: number;
  difficulties_reported: number;
  session_attendances: number;
}

/** Which departments' figures of which years: every department with a map for some years, or given (year, department) pairs. */
export type ActivityTargets = { years: readonly number[] } | { pairs: readonly { year: number; departmentId: string }[] };

/**
 * The annual activity figures over each calendar year, stocks on 31 December, of each target (a department in a year):
 * aggregates only [001 §2.7]. One statement for any number of years and departments (a list of reports, of syntheses).
 */
export function activityRows(em: EntityManager, targets: ActivityTargets): Promise<ActivityRow[]> {
  const inYear = (column: string) => `${column} between t.y0 and t.y1`;
  const [chosen, params] =
    'years' in targets
      ? [
          `select d.id as department_id, d.code, y.year from department d cross join unnest(array[?]::int[]) as y(year)
           where exists (select 1 from implantation_map m where m.department_id = d.id)`,
          [[...targets.years]],
        ]
      : [
          `select d.id as department_id, d.code, x.year from unnest(array[?]::uuid[], array[?]::int[]) as x(id, year) join department d on d.id = x.id`,
          [targets.pairs.map((p) => p.departmentId), targets.pairs.map((p) => p.year)],
        ];
  return readSql(em)<ActivityRow>(
    `with t as (select c.department_id, c.code, c.year, make_date(c.year, 1, 1) as y0, make_date(c.year, 12, 31) as y1 from (${chosen}) c),
     entries as (select t.department_id, t.year, e.service_id, e.required_count from t
                 join implantation_map m on m.department_id = t.department_id and m.in_force_from <= t.y1 and (m.in_force_to is null or m.in_force_to >= t.y1)
                 join implantation_map_entry e on e.map_id = m.id),
     appts as (select a.id, a.agent_id, a.arrete_date, a.start_date, a.end_date, m.department_id from appointment a join implantation_map m on m.id = a.map_id
               where m.department_id in (select department_id from t)),
     years as (select distinct year, y1 from t),
     running as (select a.id, a.department_id, y.year, exists (select 1 from mission_letter l where l.appointment_id = a.id and l.signed_on <= y.y1) as effective
                 from appts a cross join years y where a.start_date <= y.y1 and (a.end_date is null or a.end_date >= y.y1))
     select t.department_id, t.year,
       (select count(*) from entries e where e.department_id = t.department_id and e.year = t.year)::int as map_services,
       (select coalesce(sum(e.required_count), 0) from entries e where e.department_id = t.department_id and e.year = t.year)::int as required_correspondents,
       (select count(*) from running r where r.department_id = t.department_id and r.year = t.year)::int as correspondents,
       (select count(*) from running r where r.department_id = t.department_id and r.year = t.year and r.effective)::int as effective_correspondents,
       (select count(*) from entries e where e.department_id = t.department_id and e.year = t.year and e.required_count >
          (select count(*) from running r join appointment_services aps on aps.appointment_id = r.id
           where r.effective and r.year = t.year and aps.service_id = e.service_id))::int as uncovered_services,
       (select count(*) from candidacy c join candidate_call cc on cc.id = c.call_id join implantation_map m on m.id = cc.map_id
          where m.department_id = t.department_id and ${inYear('c.filed_on')})::int as candidacies_filed,
       (select count(*) from appts a where a.department_id = t.department_id and ${inYear('a.arrete_date')})::int as appointments_made,
       (select count(*) from appts a where a.department_id = t.department_id and ${inYear('a.end_date')})::int as appointments_ended,
       (select count(*) from training tr where tr.kind = 'INITIAL_ELEARNING' and ${inYear('tr.date')} and tr.agent_id in (select agent_id from appts a where a.department_id = t.department_id))::int as initial_trainings,
       (select count(*) from training tr where tr.kind = 'CONTINUING' and ${inYear('tr.date')} and tr.agent_id in (select agent_id from appts a where a.department_id = t.department_id))::int as continuing_trainings,
       (select count(*) from information_meeting im where im.department_id = t.department_id and ${inYear('im.date')})::int as information_meetings,
       (select count(*) from information_meeting_attendance ia join information_meeting im on im.id = ia.meeting_id
          where im.department_id = t.department_id and ${inYear('im.date')})::int as meeting_attendances,
       (select count(*) from field_report f join appts a on a.id = f.appointment_id where a.department_id = t.department_id and ${inYear('f.date')})::int as field_reports,
       (select count(*) from field_report f join appts a on a.id = f.appointment_id where a.department_id = t.department_id and f.difficulty and ${inYear('f.date')})::int as difficulties_reported,
       (select count(*) from session_attendance sa join commission_session cs on cs.id = sa.session_id join commission c on c.id = cs.commission_id
          where c.department_id = t.department_id and ${inYear('cs.date')})::int as session_attendances
     from t
     order by t.year, t.code`,
    params,
  );
}
