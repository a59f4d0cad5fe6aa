import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeSql } from '../access/scope';
import { SocialWorkerPost } from '../network/social-worker-post.entity';
import type { IsoDate } from '../shared/scalars';
import { NetworkReportKind } from './enums';
import { AUTHOR_KIND, type Period } from './network-reports.rules';

/*
 * The figures of the reports and the posts that owe one, each one SQL statement over the dated records. A row of `p`
 * holds a post, its period's first and last days; the figures of every report of a page are computed in one statement,
 * one lateral row per report. « In force at the end » = on the period's last day; « during » = overlapping.
 */

const AT_END = (a: string) => `${a}.valid_from <= p.t and (${a}.valid_to is null or ${a}.valid_to >= p.t)`;
const DURING = (a: string) => `${a}.valid_from <= p.t and (${a}.valid_to is null or ${a}.valid_to >= p.f)`;

/** An ASS's year: services served, ETP given to them and to the function on 31 December, replacements [004 §II.3]. */
const ASS = `
  select
    (select count(distinct ta.service_id) from time_allocation ta join post_assignment pa on pa.id = ta.assignment_id
      where pa.post_id = p.post and ta.target_kind = 'SERVICE' and ${DURING('ta')} and ${DURING('pa')}) as services_served,
    (select coalesce(sum(pa.work_quota * ta.share), 0) from time_allocation ta join post_assignment pa on pa.id = ta.assignment_id
      where pa.post_id = p.post and ta.target_kind = 'SERVICE' and ${AT_END('ta')} and ${AT_END('pa')}) as etp_services,
    (select coalesce(sum(pa.work_quota * ta.share), 0) from time_allocation ta join post_assignment pa on pa.id = ta.assignment_id
      where pa.post_id = p.post and ta.target_kind = 'FUNCTION' and ${AT_END('ta')} and ${AT_END('pa')}) as etp_function,
    (select count(*) from replacement r where r.post_id = p.post and ${DURING('r')}) as replacements_received,
    (select count(*) from replacement r join post_assignment pa on pa.id = r.replacing_id where pa.post_id = p.post and ${DURING('r')}) as replacements_given`;

/**
 * A post with its kind at the period's end (`kind`: its version in force on the last day, issue 17), for the figures
 * « at the end »: a post that became a CTR during the year counts as one on 31 December, not as an ASS.
 */
const POSTS_AT_END = `social_worker_post sp join social_worker_post_version v on v.post_id = sp.id and v.valid @> p.t`;

/** A CTR's quarter: the ASS posts it leads at the quarter's end, held and vacant, their replacements [004 §II.2]. */
const CTR = `
  with led as (select sp.id from ${POSTS_AT_END} where sp.technical_superior_id = p.post and v.kind = 'ASS' and ${AT_END('sp')})
  select
    (select count(*) from led) as ass_posts,
    (select count(*) from led where exists (select 1 from post_assignment pa where pa.post_id = led.id and ${AT_END('pa')})) as ass_held,
    (select count(*) from replacement r where r.post_id in (select id from led) and ${DURING('r')}) as replacements`;

/** The CTN's year: the national network on 31 December, the year's replacements and the ASS reports handed in [004 §II.1]. */
const CTN = `
  with posts as (select sp.id, v.kind from ${POSTS_AT_END} where ${AT_END('sp')})
  select
    (select count(*) from posts where kind = 'ASS') as ass_posts,
    (select count(*) from posts where kind = 'ASS' and exists (select 1 from post_assignment pa where pa.post_id = posts.id and ${AT_END('pa')})) as ass_held,
    (select count(*) from posts where kind = 'CTR') as ctr_posts,
    (select count(*) from posts where kind = 'CTR' and exists (select 1 from post_assignment pa where pa.post_id = posts.id and ${AT_END('pa')})) as ctr_held,
    (select count(*) from replacement r where ${DURING('r')}) as replacements,
    (select count(*) from network_report nr where nr.kind = 'ASS_ANNUAL' and nr.year = extract(year from p.t)::int) as ass_reports`;

const FIGURES_SQL: Record<NetworkReportKind, string> = {
  [NetworkReportKind.ASS_ANNUAL]: ASS,
  [NetworkReportKind.CTR_QUARTERLY]: CTR,
  [NetworkReportKind.CTN_ANNUAL]: CTN,
};

/** One report of a kind whose figures are asked for: its author's post and its period. */
export interface FigureRequest {
  postId: string;
  period: Period;
}

/** The figure rows of reports of one kind, in the order asked, in one statement. */
export async function reportFigureRows(
  em: EntityManager,
  kind: NetworkReportKind,
  requests: readonly FigureRequest[],
): Promise<Record<string, unknown>[]> {
  const values = requests.map(() => '(?::int, ?::uuid, ?::date, ?::date)').join(', ');
  const params = requests.flatMap((r, i) => [i, r.postId, r.period.from, r.period.to]);
  const rows: Record<string, unknown>[] = await em
    .getConnection('read')
    .execute(
      `with p as (select * from (values ${values}) v(i, post, f, t)) select p.i, x.* from p cross join lateral (${FIGURES_SQL[kind]}) x order by p.i`,
      params,
    );
  return rows;
}

export interface OwedReportRow {
  post_id: string;
  department_id: string | null;
  /** The days the post's reports for the period were handed in. */
  submitted: IsoDate[];
}

/**
 * The posts that owe the period's report, with their reports' dates for it (issue 17: the posts as they were during the
 * period, not as they are today). A post owes it when, on some day of the period, it existed, was of the author's kind
 * (its version in force that day) and was held: each ASS reports on its year, each CTR on its quarter [004 §II.2–3].
 * So a post that was an ASS until June and a CTR from July owes the ASS report of that year and the CTR reports of
 * the last two quarters, not those of the first two. Its department is that of its administrative residence on the
 * last such day, the service's department as of that day (the ASS reports « au préfet de département dans lequel ils
 * sont affectés » [004 §II.3]: the one of the end of its service as ASS in the period).
 */
export async function owedReports(
  em: EntityManager,
  kind: NetworkReportKind,
  year: number,
  quarter: number | null,
  period: Period,
): Promise<OwedReportRow[]> {
  // The posts the caller may read (its perimeter is today's, as on every list): a post that has moved since is followed
  // up where it is now, under the department it owed the report in.
  const scope = await scopeSql(em, SocialWorkerPost, 'sp.id');
  return em.getConnection('read').execute(
    `with p as (select ?::date as f, ?::date as t, daterange(?::date, ?::date, '[]') as period),
     held as (
       select sp.id as post_id, sp.code, v.residence_id,
              p.period * daterange(sp.valid_from, sp.valid_to, '[]') * v.valid * daterange(pa.valid_from, pa.valid_to, '[]') as days
       from p cross join social_worker_post sp
       join social_worker_post_version v on v.post_id = sp.id and v.kind = ? and v.valid && p.period
       join post_assignment pa on pa.post_id = sp.id and ${DURING('pa')}
       where ${DURING('sp')}${scope}),
     owing as (
       select distinct on (post_id) post_id, code, residence_id, upper(days) - 1 as last_day
       from held where not isempty(days) order by post_id, upper(days) desc)
     select o.post_id, sv.department_id,
            coalesce((select json_agg(nr.submitted_on order by nr.submitted_on) from network_report nr
                      where nr.post_id = o.post_id and nr.kind = ? and nr.year = ? and nr.quarter is not distinct from ?::int), '[]'::json) as submitted
     from owing o join service_version sv on sv.service_id = o.residence_id and sv.valid @> o.last_day
     order by o.code`,
    [period.from, period.to, period.from, period.to, AUTHOR_KIND[kind], kind, year, quarter],
  );
}

/**
 * The department a report of `kind` names for its period (issue 17: the post as it was then, not today): that of the
 * post's residence on its last day of the period as a post of the author's kind (as `owedReports` says where it is
 * owed), else on the period's last day; the service's department as of that day.
 */
export async function reportDepartmentId(
  em: EntityManager,
  postId: string,
  kind: NetworkReportKind,
  period: Period,
): Promise<string | null> {
  const rows: { department_id: string | null }[] = await em.getConnection('read').execute(
    `with p as (select daterange(?::date, ?::date, '[]') as period),
     days as (select v.kind, v.residence_id, upper(v.valid * p.period) - 1 as last_day
              from social_worker_post_version v cross join p where v.post_id = ? and v.valid && p.period)
     select sv.department_id from days d join service_version sv on sv.service_id = d.residence_id and sv.valid @> d.last_day
     order by (d.kind = ?) desc, d.last_day desc limit 1`,
    [period.from, period.to, postId, AUTHOR_KIND[kind]],
  );
  return rows[0]?.department_id ?? null;
}
