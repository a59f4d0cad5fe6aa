import type { Context } from '../context';
import type { PostKind } from '../network/enums';
import { SocialWorkerPost } from '../network/social-worker-post.entity';
import { POST_VERSIONS } from '../network/versions';
import { Department } from '../referential/department.entity';
import { CrudService, referenced, valueOf } from '../shared/crud.service';
import { violation, type Violation } from '../shared/errors';
import { type IsoDate } from '../shared/scalars';
import { loadTimelines } from '../shared/versions/versioned';
import { NetworkReportKind } from './enums';
import { NetworkReport } from './network-report.entity';
import { kindsDuring, periodRules, reportMissing, reportPeriod, reportRules } from './network-reports.rules';
import { type FigureRequest, owedReports, reportFigureRows } from './network-reports.repository';
import { MissingNetworkReport, ReportFigure, type NetworkReportInput } from './network-reports.types';

interface ReportBatch {
  posts: Map<string, SocialWorkerPost>;
  /** The posts' versions (their kind over time), by post: the author rule reads the kinds of the report's period. */
  kinds: Map<string, { from: IsoDate | null; to: IsoDate | null; kind: PostKind }[]>;
  /** The stored reports of the rows' posts, by post, kind and period: one report per post and period. */
  taken: Map<string, string>;
}

const periodKey = (postId: unknown, kind: unknown, year: unknown, quarter: unknown) =>
  `${String(postId)}:${String(kind)}:${String(year)}:${String(quarter ?? '')}`;

export const networkReports = new CrudService<NetworkReport, NetworkReportInput, ReportBatch>({
  entity: NetworkReport,
  label: 'Rapport du réseau',
  fields: {
    kind: 'Type de rapport',
    postId: 'Poste',
    year: 'Année',
    quarter: 'Trimestre',
    submittedOn: 'Remis le',
    presentedOn: 'Présenté au CHSCT (F3SCT) le',
    narrative: 'Commentaire',
  },
  list: { sortable: ['year', 'quarter', 'kind', 'submittedOn'], dated: false },
  required: ['kind', 'postId', 'year', 'submittedOn'],
  prepare: async (em, rows) => {
    const posts = await referenced(em, SocialWorkerPost, rows, 'postId');
    const stored = posts.size ? await em.find(NetworkReport, { post: { $in: [...posts.keys()] } }) : [];
    const { timelines } = await loadTimelines(em, POST_VERSIONS, [...posts.keys()]);
    const kinds = new Map(
      [...timelines].map(([id, versions]) => [id, versions.map((v) => ({ from: v.from, to: v.to, kind: v.values.kind as PostKind }))]),
    );
    return { posts, kinds, taken: new Map(stored.map((r) => [periodKey(r.post.id, r.kind, r.year, r.quarter), r.id])) };
  },
  check: (row, { posts, kinds, taken }) => [
    ...reportRules({
      kind: valueOf(row, 'kind') as NetworkReportKind,
      postKinds: authorKinds(row, posts, kinds),
      year: valueOf(row, 'year') as number | undefined,
      quarter: valueOf(row, 'quarter') as number | null | undefined,
      submittedOn: valueOf(row, 'submittedOn') as IsoDate | undefined,
      presentedOn: valueOf(row, 'presentedOn') as IsoDate | null | undefined,
    }),
    ...duplicate(
      taken.get(periodKey(valueOf(row, 'postId'), valueOf(row, 'kind'), valueOf(row, 'year'), valueOf(row, 'quarter'))),
      row.existing?.id,
    ),
  ],
});

/**
 * The kinds of a report's post during its period (issue 17: an ASS become a CTR in July still owes, and writes, that
 * year's ASS report); today's kind while the period is not a valid one (its own rules say why).
 */
function authorKinds(row: Parameters<typeof valueOf>[0], posts: ReportBatch['posts'], kinds: ReportBatch['kinds']): PostKind[] | undefined {
  const postId = valueOf(row, 'postId') as string;
  const post = posts.get(postId);
  if (!post) return undefined;
  const kind = valueOf(row, 'kind') as NetworkReportKind;
  const year = valueOf(row, 'year') as number | undefined;
  const quarter = (valueOf(row, 'quarter') as number | null | undefined) ?? null;
  const versions = kinds.get(postId);
  if (year === undefined || !versions || periodRules(kind, year, quarter).length) return [post.kind];
  return kindsDuring(versions, reportPeriod(year, quarter));
}

/** One report per post and period: a second one is refused (correct the first). */
function duplicate(owner: string | undefined, self: string | undefined): Violation[] {
  return owner && owner !== self
    ? [
        violation(
          'year',
          'DUPLICATE',
          'Ce poste a déjà remis son rapport pour cette période : modifiez-le plutôt que d’en créer un second.',
        ),
      ]
    : [];
}

/** Each figure's label, by report kind, in the order shown; the values are the SQL aggregate's columns. */
const FIGURES: Record<NetworkReportKind, [string, string][]> = {
  [NetworkReportKind.ASS_ANNUAL]: [
    ['services_served', 'Services servis dans l’année'],
    ['etp_services', 'ETP consacrés aux services (au 31 décembre)'],
    ['etp_function', 'ETP consacrés à la fonction (au 31 décembre)'],
    ['replacements_received', 'Remplacements du poste pendant ses vacances ou absences'],
    ['replacements_given', 'Remplacements assurés sur d’autres postes'],
  ],
  [NetworkReportKind.CTR_QUARTERLY]: [
    ['ass_posts', 'Postes d’ASS encadrés (fin du trimestre)'],
    ['ass_held', 'dont pourvus'],
    ['ass_vacant', 'dont vacants'],
    ['replacements', 'Remplacements organisés dans le trimestre'],
  ],
  [NetworkReportKind.CTN_ANNUAL]: [
    ['ass_posts', 'Postes d’ASS (au 31 décembre)'],
    ['ass_held', 'dont pourvus'],
    ['ctr_posts', 'Postes de CTR (au 31 décembre)'],
    ['ctr_held', 'dont pourvus'],
    ['replacements', 'Remplacements dans l’année'],
    ['ass_reports', 'Rapports annuels d’ASS reçus pour l’année'],
  ],
};

/**
 * A report's figures, computed from the registry for its period (aggregates only). The reports of one page asking for
 * them are batched: one statement per kind of report, never one per report.
 */
export async function reportFigures(ctx: Context, report: NetworkReport): Promise<ReportFigure[]> {
  const row = await ctx.loaders
    .loader<Record<string, unknown>>(`network-report-figures:${report.kind}`, async (keys) =>
      reportFigureRows(
        ctx.em,
        report.kind,
        keys.map((key) => JSON.parse(key) as FigureRequest),
      ),
    )
    .load(JSON.stringify({ postId: report.post.id, period: reportPeriod(report.year, report.quarter) }));
  if (report.kind === NetworkReportKind.CTR_QUARTERLY) row.ass_vacant = Number(row.ass_posts) - Number(row.ass_held);
  return FIGURES[report.kind].map(([code, label]) =>
    Object.assign(new ReportFigure(), { code, label, value: Math.round(Number(row[code]) * 1000) / 1000 }),
  );
}

/** The posts that owe a report for the period and had not handed it in by `asOf`, among the posts the caller may read. */
export async function missingReports(
  ctx: Context,
  kind: NetworkReportKind,
  year: number,
  quarter: number | null,
  asOf: IsoDate,
): Promise<MissingNetworkReport[]> {
  const q = kind === NetworkReportKind.CTR_QUARTERLY ? quarter : null;
  const period = reportPeriod(year, q);
  const rows = await owedReports(ctx.em, kind, year, q, period);
  return rows
    .filter((r) => reportMissing(r.submitted, asOf))
    .map((r) =>
      Object.assign(new MissingNetworkReport(), {
        kind,
        year,
        quarter: q,
        periodFrom: period.from,
        periodTo: period.to,
        post: ctx.em.getReference(SocialWorkerPost, r.post_id),
        department: r.department_id ? ctx.em.getReference(Department, r.department_id) : null,
      }),
    );
}
