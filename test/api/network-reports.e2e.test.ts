import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Principal, Role } from '../../api/src/access/roles';
import { PostKind, ReplacementReason } from '../../api/src/network/enums';
import { Replacement } from '../../api/src/network/replacement.entity';
import { initTestApp, type TestApp } from '../support/app';
import { serviceWithAgents } from '../support/fixtures';
import { firstError, must } from '../support/lifecycle';
import { heldPost } from '../support/network';
import { pdfText } from '../support/pdf';

/* Issue 14 item 7: the reports of the social service network [004 §II.1–3], their figures, the missing ones, the ASS's PDF. */

let app: TestApp;
let ass: Awaited<ReturnType<typeof heldPost>>;
let ctr: Awaited<ReturnType<typeof heldPost>>;

const ADMIN_49: Principal = { subject: 'admin.49@interieur.gouv.fr', role: Role.DEPARTMENTAL_ADMIN, perimeter: ['49'] };
const ADMIN_44: Principal = { subject: 'admin.44@interieur.gouv.fr', role: Role.DEPARTMENTAL_ADMIN, perimeter: ['44'] };

beforeAll(async () => {
  app = await initTestApp();
  const em = app.em();
  const service = await serviceWithAgents(em, '49', 0);
  ctr = await heldPost(em, service, 1, '2022-01-01', PostKind.CTR);
  ass = await heldPost(em, service, 1, '2024-01-01');
  const other = await heldPost(em, service, 1, '2024-01-01');
  ass.post.technicalSuperior = ctr.post;
  em.create(Replacement, {
    post: ass.post,
    replacing: other.assignment,
    reason: ReplacementReason.ABSENCE,
    validFrom: '2025-07-01',
    validTo: '2025-07-31',
  });
  await em.flush();
});
afterAll(() => app.close());

const REPORT =
  'id version kind year quarter periodFrom periodTo submittedOn presentedOn presentationBody figures { code label value } post { id }';
const create = (input: Record<string, unknown>, principal: Principal = ADMIN_49) =>
  app.as(principal)(`mutation($i: NetworkReportInput!) { createNetworkReport(input: $i) { ${REPORT} } }`, { i: input });
const MISSING = `query($k: NetworkReportKind!, $y: Int!, $q: Int, $d: Date) { missingNetworkReports(kind: $k, year: $y, quarter: $q, asOf: $d) { kind post { id } department { code } year quarter periodFrom periodTo } }`;
const missingPosts = async (variables: Record<string, unknown>, principal: Principal = ADMIN_49) =>
  must(await app.as(principal)(MISSING, variables)).missingNetworkReports.map((m: { post: { id: string } }) => m.post.id);

describe('each ASS’s yearly activity report, to the prefect and the CTR, presented once a year to the CHSCT (F3SCT) [004 §II.3]', () => {
  it('is missing until the day it is handed in (as of two dates), then carries its period, presentation and figures', async () => {
    const year = { k: 'ASS_ANNUAL', y: 2025 };
    expect(await missingPosts({ ...year, d: '2026-01-19' })).toEqual(expect.arrayContaining([ass.post.id]));
    const report = must(
      await create({
        kind: 'ASS_ANNUAL',
        postId: ass.post.id,
        year: 2025,
        submittedOn: '2026-01-20',
        presentedOn: '2026-03-12',
        narrative: 'Hausse des demandes liées au logement.',
      }),
    ).createNetworkReport;
    expect(report).toMatchObject({ periodFrom: '2025-01-01', periodTo: '2025-12-31', presentationBody: 'F3SCT', quarter: null });
    expect(report.figures.find((f: { code: string }) => f.code === 'replacements_received')).toMatchObject({
      value: 1,
      label: 'Remplacements du poste pendant ses vacances ou absences',
    });
    expect(await missingPosts({ ...year, d: '2026-01-19' })).toContain(ass.post.id);
    expect(await missingPosts({ ...year, d: '2026-01-20' })).not.toContain(ass.post.id);
    // One report per post and period.
    expect(
      firstError(await create({ kind: 'ASS_ANNUAL', postId: ass.post.id, year: 2025, submittedOn: '2026-02-01' }))?.extensions,
    ).toMatchObject({ subCode: 'DUPLICATE', field: 'year' });
    // Only the posts held during the year owe it: not for 2023, before the assignment began.
    expect(await missingPosts({ k: 'ASS_ANNUAL', y: 2023, d: '2026-01-20' })).not.toContain(ass.post.id);
    // Another department's administrator neither sees the report nor the post's obligation.
    expect(await missingPosts({ ...year, d: '2026-01-19' }, ADMIN_44)).not.toContain(ass.post.id);
    expect(
      must(await app.as(ADMIN_44)(`{ networkReports(filter: { ids: ["${report.id}"] }) { totalCount } }`)).networkReports.totalCount,
    ).toBe(0);

    const pdf = await fetch(`${app.baseUrl}/documents/network-report/${report.id}.pdf`, {
      headers: { authorization: await app.authorization(ADMIN_49) },
    });
    expect(pdf.status).toBe(200);
    const { text } = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain('Rapport d’activité 2025 de l’assistant(e) de service social');
    expect(text).toContain('Maine-et-Loire (49)');
    expect(text).toContain(
      'Présenté le 12/03/2026 à la formation spécialisée en santé, sécurité et conditions de travail (F3SCT) départementale.',
    );
    expect(text).toContain('Remplacements du poste pendant ses vacances ou absences 1');
    expect(text).toContain('Hausse des demandes liées au logement.');
    expect(text).toContain('§ II.3');
    const outside = await fetch(`${app.baseUrl}/documents/network-report/${report.id}.pdf`, {
      headers: { authorization: await app.authorization(ADMIN_44) },
    });
    expect(outside.status).toBe(404);
  });

  it('is written by an ASS, handed in once its year began, presented after it was handed in', async () => {
    expect(
      firstError(await create({ kind: 'ASS_ANNUAL', postId: ctr.post.id, year: 2025, submittedOn: '2026-01-20' }))?.extensions,
    ).toMatchObject({ subCode: 'NETWORK_REPORT_AUTHOR', field: 'postId' });
    expect(
      firstError(await create({ kind: 'ASS_ANNUAL', postId: ass.post.id, year: 2025, submittedOn: '2024-12-31' }))?.extensions,
    ).toMatchObject({ subCode: 'DATE_ORDER', field: 'submittedOn' });
    const late = firstError(
      await create({ kind: 'ASS_ANNUAL', postId: ass.post.id, year: 2025, submittedOn: '2026-02-01', presentedOn: '2026-01-31' }),
    );
    expect(late?.extensions).toMatchObject({ subCode: 'DATE_ORDER', field: 'presentedOn' });
    expect(late?.message).toContain('31/01/2026');
  });
});

describe('each CTR’s quarterly report to the central level [004 §II.2]; the CTN’s yearly statistics [004 §II.1]', () => {
  it('a quarter’s report, with the ASS posts the CTR leads; missing until handed in', async () => {
    expect(firstError(await app.gql(MISSING, { k: 'CTR_QUARTERLY', y: 2026 }))?.extensions).toMatchObject({
      subCode: 'NETWORK_REPORT_QUARTER',
    });
    // An impossible period is refused in French, naming the field, as a report's own form does (not an internal error).
    const year = firstError(await app.gql(MISSING, { k: 'ASS_ANNUAL', y: 99999 }));
    expect(year?.extensions).toMatchObject({ subCode: 'NETWORK_REPORT_YEAR' });
    expect(year?.message).toContain('99999');
    expect(firstError(await app.gql(MISSING, { k: 'ASS_ANNUAL', y: 2025, q: 2 }))?.extensions).toMatchObject({
      subCode: 'NETWORK_REPORT_QUARTER',
    });
    const q1 = { k: 'CTR_QUARTERLY', y: 2026, q: 1 };
    expect(await missingPosts({ ...q1, d: '2026-04-09' })).toContain(ctr.post.id);
    expect(
      firstError(await create({ kind: 'CTR_QUARTERLY', postId: ctr.post.id, year: 2026, submittedOn: '2026-04-10' }))?.extensions?.subCode,
    ).toBe('NETWORK_REPORT_QUARTER');
    const report = must(
      await create({ kind: 'CTR_QUARTERLY', postId: ctr.post.id, year: 2026, quarter: 1, submittedOn: '2026-04-10' }),
    ).createNetworkReport;
    expect(report).toMatchObject({ periodFrom: '2026-01-01', periodTo: '2026-03-31', presentationBody: null });
    const figures = Object.fromEntries(report.figures.map((f: { code: string; value: number }) => [f.code, f.value]));
    expect(figures).toMatchObject({ ass_posts: 1, ass_held: 1, ass_vacant: 0 });
    expect(await missingPosts({ ...q1, d: '2026-04-09' })).toContain(ctr.post.id);
    expect(await missingPosts({ ...q1, d: '2026-04-10' })).not.toContain(ctr.post.id);
    // Presentation to the CHSCT is the ASS's report's only.
    expect(
      firstError(
        await create({
          kind: 'CTR_QUARTERLY',
          postId: ctr.post.id,
          year: 2026,
          quarter: 2,
          submittedOn: '2026-07-01',
          presentedOn: '2026-07-02',
        }),
      )?.extensions?.subCode,
    ).toBe('NETWORK_REPORT_PRESENTATION');
  });

  it('the CTN’s statistics count the network nationally', async () => {
    const em = app.em();
    const ctn = await heldPost(em, await serviceWithAgents(em, '75', 0), 1, '2020-01-01', PostKind.CTN);
    expect(
      await missingPosts(
        { k: 'CTN_ANNUAL', y: 2025, d: '2026-02-01' },
        { subject: 'n@interieur.gouv.fr', role: Role.NATIONAL_ADMIN, perimeter: [] },
      ),
    ).toContain(ctn.post.id);
    const report = must(
      await app.gql(`mutation($i: NetworkReportInput!) { createNetworkReport(input: $i) { ${REPORT} } }`, {
        i: { kind: 'CTN_ANNUAL', postId: ctn.post.id, year: 2025, submittedOn: '2026-02-15' },
      }),
    ).createNetworkReport;
    const figures = Object.fromEntries(report.figures.map((f: { code: string; value: number }) => [f.code, f.value]));
    expect(figures.ass_posts).toBeGreaterThanOrEqual(2);
    expect(figures.ass_reports).toBeGreaterThanOrEqual(1);
    expect(figures.replacements).toBeGreaterThanOrEqual(1);
  });
});

describe('the figures of a page of reports', () => {
  it('cost as many SQL statements for many reports as for one, each report with its own figures', async () => {
    const em = app.em();
    const ids: string[] = [];
    const own: Record<string, number>[] = [];
    for (let i = 0; i < 4; i++) {
      const post = await heldPost(em, await serviceWithAgents(em, '49', 0), 1, '2024-01-01');
      const report = must(
        await create({ kind: 'ASS_ANNUAL', postId: post.post.id, year: 2024 + (i % 2), submittedOn: '2026-01-15' }),
      ).createNetworkReport;
      ids.push(report.id);
      own.push(Object.fromEntries(report.figures.map((f: { code: string; value: number }) => [f.code, f.value])));
    }
    const query = `query($ids: [ID!]) { networkReports(filter: { ids: $ids }, limit: 50) { items { id figures { code value } } } }`;
    let page: any;
    const one = await app.countStatements(() => app.as(ADMIN_49)(query, { ids: ids.slice(0, 1) }));
    const all = await app.countStatements(async () => (page = must(await app.as(ADMIN_49)(query, { ids }))));
    expect(all).toBe(one);
    const byId = new Map(
      page.networkReports.items.map((r: { id: string; figures: { code: string; value: number }[] }) => [r.id, r.figures]),
    );
    ids.forEach((id, i) =>
      expect(Object.fromEntries((byId.get(id) as { code: string; value: number }[]).map((f) => [f.code, f.value]))).toEqual(own[i]),
    );
  });
});
