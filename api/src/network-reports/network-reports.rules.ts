import { PostKind } from '../network/enums';
import { violation, type Violation } from '../shared/errors';
import { frDate } from '../shared/french';
import { addDays, type IsoDate } from '../shared/scalars';
import { NetworkReportKind, PresentationBody } from './enums';

const CIRCULAR = 'circulaire NOR INTK1307790C';

/** Who writes each report [004 §II.1–3]: the ASS their yearly report, the CTR their quarterly one, the CTN the statistics. */
export const AUTHOR_KIND: Record<NetworkReportKind, PostKind> = {
  [NetworkReportKind.ASS_ANNUAL]: PostKind.ASS,
  [NetworkReportKind.CTR_QUARTERLY]: PostKind.CTR,
  [NetworkReportKind.CTN_ANNUAL]: PostKind.CTN,
};

const SECTION: Record<NetworkReportKind, string> = {
  [NetworkReportKind.ASS_ANNUAL]: '§ II.3',
  [NetworkReportKind.CTR_QUARTERLY]: '§ II.2',
  [NetworkReportKind.CTN_ANNUAL]: '§ II.1',
};

export const citation = (kind: NetworkReportKind) => `${CIRCULAR}, ${SECTION[kind]}`;

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** The period a report covers: the calendar year, or the quarter of a CTR's « bilan trimestriel » [004 §II.2]. */
export function reportPeriod(year: number, quarter: number | null): Period {
  if (quarter === null) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const first = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`;
  return { from: first, to: addDays(next, -1) };
}

/**
 * The CHSCT were replaced by the specialised formations (F3SCT) of the social committees at the general renewal of
 * December 2022 (loi n° 2019-828 du 6 août 2019, art. 4; décret n° 2020-1427 du 20 novembre 2020): a presentation from
 * 1 January 2023 is to the F3SCT. (Design: the day the new bodies are taken to sit; 004 names the CHSCT.)
 */
export const F3SCT_FROM: IsoDate = '2023-01-01';

export const presentationBody = (presentedOn: IsoDate | null): PresentationBody | null =>
  presentedOn === null ? null : presentedOn < F3SCT_FROM ? PresentationBody.CHSCT : PresentationBody.F3SCT;

/** A report's quarter [004 §II.2]: a CTR's report names one (1 to 4), the yearly reports none. */
function quarterRule(kind: NetworkReportKind, quarter: number | null | undefined): Violation | undefined {
  const quarterly = kind === NetworkReportKind.CTR_QUARTERLY;
  if (quarterly && (quarter == null || quarter < 1 || quarter > 4))
    return violation(
      'quarter',
      'NETWORK_REPORT_QUARTER',
      `Le bilan du conseiller technique régional est trimestriel : indiquez le trimestre (1 à 4) [${citation(kind)}].`,
    );
  if (!quarterly && quarter != null)
    return violation('quarter', 'NETWORK_REPORT_QUARTER', `Ce rapport est annuel : il ne porte pas sur un trimestre [${citation(kind)}].`);
  return undefined;
}

/** The first year a report is owed: 2013, the year of the circular. The last one a form may name: 2100. */
const FIRST_YEAR = 2013;
const LAST_YEAR = 2100;

/**
 * The period a report names, checked (a report's own rules and the search of missing reports use it): its quarter,
 * and a year from the circular's on.
 */
export function periodRules(kind: NetworkReportKind, year: number | undefined, quarter: number | null | undefined): Violation[] {
  const out: Violation[] = [];
  const badQuarter = quarterRule(kind, quarter);
  if (badQuarter) out.push(badQuarter);
  if (year !== undefined && (year < FIRST_YEAR || year > LAST_YEAR))
    out.push(violation('year', 'NETWORK_REPORT_YEAR', `Année invalide : ${year} (depuis ${FIRST_YEAR}, année de la circulaire).`));
  return out;
}

export interface ReportFacts {
  kind: NetworkReportKind;
  /** The author's post's kinds during the report's period, in order (its versions then: issue 17); today's if no period. */
  postKinds: PostKind[] | undefined;
  year: number | undefined;
  quarter: number | null | undefined;
  submittedOn: IsoDate | undefined;
  presentedOn: IsoDate | null | undefined;
}

/**
 * The shape of a report [004 §II.1–3]: written by a post that was of its kind during the period (an ASS become a CTR
 * in July still writes that year's ASS report); a CTR's report is quarterly, the others yearly;
 * only an ASS's report is presented to the departmental CHSCT (F3SCT), once it is handed in; a report is handed in once
 * its period has begun (a yearly report in its year or after, a quarter's in that quarter or after).
 */
export function reportRules(f: ReportFacts): Violation[] {
  const out: Violation[] = [];
  const author = AUTHOR_KIND[f.kind];
  if (f.postKinds?.length && !f.postKinds.includes(author)) {
    out.push(
      violation(
        'postId',
        'NETWORK_REPORT_AUTHOR',
        `Ce rapport est établi par un poste ${author} ; pendant la période, ce poste était ${f.postKinds.join(' puis ')} [${citation(f.kind)}].`,
      ),
    );
  }
  const quarterly = f.kind === NetworkReportKind.CTR_QUARTERLY;
  const period = periodRules(f.kind, f.year, f.quarter);
  const badQuarter = period.some((v) => v.field === 'quarter');
  out.push(...period.filter((v) => v.field === 'quarter'));
  if (f.presentedOn && f.kind !== NetworkReportKind.ASS_ANNUAL) {
    out.push(
      violation(
        'presentedOn',
        'NETWORK_REPORT_PRESENTATION',
        `Seul le rapport d’activité de l’assistant de service social est présenté au CHSCT départemental (F3SCT) [${citation(NetworkReportKind.ASS_ANNUAL)}].`,
      ),
    );
  }
  const badYear = period.find((v) => v.field === 'year');
  if (badYear) {
    out.push(badYear);
  } else if (f.year !== undefined && f.submittedOn && !badQuarter) {
    const { from } = reportPeriod(f.year, quarterly ? (f.quarter ?? null) : null);
    if (f.submittedOn < from)
      out.push(
        violation(
          'submittedOn',
          'DATE_ORDER',
          `Un rapport est remis une fois sa période commencée (le ${frDate(from)} au plus tôt), non le ${frDate(f.submittedOn)}.`,
        ),
      );
  }
  if (f.presentedOn && f.submittedOn && f.presentedOn < f.submittedOn) {
    out.push(
      violation(
        'presentedOn',
        'DATE_ORDER',
        `Le rapport est présenté (${frDate(f.presentedOn)}) après avoir été remis (${frDate(f.submittedOn)}).`,
      ),
    );
  }
  return out;
}

/** Whether a post that owes a report for a period has handed one in by the date. */
export const reportMissing = (submitted: IsoDate[], asOf: IsoDate): boolean => !submitted.some((d) => d <= asOf);

/**
 * The kinds of a post during a period, in order, from its versions (`from`/`to` inclusive, null unbounded): what the
 * author rule checks, as `owedReports` counts who owes the period's report.
 */
export function kindsDuring(versions: { from: IsoDate | null; to: IsoDate | null; kind: PostKind }[], period: Period): PostKind[] {
  const kinds = versions
    .filter((v) => (v.from === null || v.from <= period.to) && (v.to === null || v.to >= period.from))
    .map((v) => v.kind);
  return kinds.filter((k, i) => k !== kinds[i - 1]);
}
