import type { EntityManager } from '@mikro-orm/postgresql';
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

/** A CTR's quarter: the ASS posts it leads at the quarter's end, held and vacant, their replacements [004 §II.2]. */
const CTR = `
  with led as (select sp.id from social_worker_post sp where sp.technical_superior_id = p.post and sp.kind = 'ASS' and ${AT_END('sp')})
  select
    (select count(*) from led) as ass_posts,
    (select count(*) from led where exists (select 1 from post_assignment pa where pa.post_id = led.id and ${AT_END('pa')})) as ass_held,
    (select count(*) from replacement r where r.post_id in (select id from led) and ${DURING('r')}) as replacements`;

/** The CTN's year: the national network on 31 December, the year's replacements and the ASS reports handed in [004 §II.1]. */
const CTN = `
  with posts as (select sp.id, sp.kind from social_worker_post sp where ${AT_END('sp')})
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

/** The posts of the author's kind held during the period (they owe its report), with their reports' dates for it. */
export function owedReports(
  em: EntityManager,
  kind: NetworkReportKind,
  year: number,
  quarter: number | null,
  period: Period,
): Promise<OwedReportRow[]> {
  return em.getConnection('read').execute(
    `with p as (select ?::date as f, ?::date as t)
     select sp.id as post_id, s.department_id,
            coalesce((select json_agg(nr.submitted_on order by nr.submitted_on) from network_report nr
                      where nr.post_id = sp.id and nr.kind = ? and nr.year = ? and nr.quarter is not distinct from ?::int), '[]'::json) as submitted
     from social_worker_post sp cross join p join service s on s.id = sp.residence_id
     where sp.kind = ? and ${DURING('sp')}
       and exists (select 1 from post_assignment pa where pa.post_id = sp.id and ${DURING('pa')})
     order by sp.code`,
    [period.from, period.to, kind, year, quarter, AUTHOR_KIND[kind]],
  );
}
