import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Principal, Role } from '../../api/src/access/roles';
import { PostKind } from '../../api/src/network/enums';
import type { SocialWorkerPost } from '../../api/src/network/social-worker-post.entity';
import { DesignatingAuthority, ServiceKind } from '../../api/src/referential/enums';
import { Service } from '../../api/src/referential/service.entity';
import { addDays } from '../../api/src/shared/scalars';
import { initTestApp, NATIONAL, type TestApp } from '../support/app';
import { interior, serviceWithAgents } from '../support/fixtures';
import { heldPost } from '../support/network';
import { pdfText } from '../support/pdf';
import { rawAccess } from '../support/raw';

/**
 * Issue 17 in the social service network: the reports a post owes, the figures of the reports and a post's technical
 * subordinates read the posts (their kind, their residence, its department) as they were in the period or on the day
 * read, not as they are today. Every change below takes effect on D, the first day of 2025's third quarter.
 */
let app: TestApp;
const { sql, gqlOk, inTransaction } = rawAccess(() => app);
const D = '2025-07-01';
const before = addDays(D, -1);

let s49: Service;
let s44: Service;
let moving: Service;
/** An ASS of the 49 who becomes a CTR in the 44 on D. */
let promoted: SocialWorkerPost;
/** An ASS moved from the 49 to the 44 on D. */
let moved: SocialWorkerPost;
/** An ASS whose service moves from the 49 to the 44 on D. */
let carried: SocialWorkerPost;
let ctr: SocialWorkerPost;
/** Two ASS led by the CTR: the first moves to the 44 on D, the second is a CT_CENTRAL from D. */
let led: SocialWorkerPost;
let changed: SocialWorkerPost;
let ctn: SocialWorkerPost;

async function updatePost(id: string, input: Record<string, unknown>) {
  const [{ version }] = await sql<{ version: number }>(`select version from social_worker_post where id = ?`, [id]);
  await gqlOk(
    `mutation($id: ID!, $v: Int!, $input: SocialWorkerPostInput!) { updateSocialWorkerPost(id: $id, version: $v, input: $input) { id } }`,
    {
      id,
      v: version,
      input: { ...input, effectiveDate: D },
    },
  );
}

beforeAll(async () => {
  app = await initTestApp();
  const em = app.em();
  [s49, s44, moving] = [await serviceWithAgents(em, '49', 0), await serviceWithAgents(em, '44', 0), await serviceWithAgents(em, '49', 0)];
  promoted = (await heldPost(em, s49)).post;
  moved = (await heldPost(em, s49)).post;
  carried = (await heldPost(em, moving)).post;
  ctr = (await heldPost(em, s49, 1, '2020-01-01', PostKind.CTR)).post;
  led = (await heldPost(em, s49)).post;
  changed = (await heldPost(em, s49)).post;
  ctn = (await heldPost(em, await serviceWithAgents(em, '75', 0), 1, '2020-01-01', PostKind.CTN)).post;
  await sql(`update social_worker_post set technical_superior_id = ? where id in (?, ?)`, [ctr.id, led.id, changed.id]);

  await updatePost(promoted.id, { kind: 'CTR', budgetProgramme: 216, residenceId: s44.id });
  await updatePost(moved.id, { residenceId: s44.id });
  await updatePost(led.id, { residenceId: s44.id });
  const [{ id: loire }] = await sql<{ id: string }>(`select id from department where code = '44'`);
  const [{ version }] = await sql<{ version: number }>(`select version from service where id = ?`, [moving.id]);
  await gqlOk(`mutation($id: ID!, $v: Int!, $input: ServiceInput!) { updateService(id: $id, version: $v, input: $input) { id } }`, {
    id: moving.id,
    v: version,
    input: { departmentId: loire, effectiveDate: D },
  });
  // The API refuses a CT_CENTRAL under a CTR (the technical superior is not dated): a record of an older registry,
  // written by hand, the post led by the CTR on both sides of D.
  await inTransaction([
    [`update social_worker_post_version set valid = daterange(null, ?::date) where post_id = ?`, [D, changed.id]],
    [
      `insert into social_worker_post_version (id, post_id, valid, kind, residence_id) values (gen_random_uuid(), ?, daterange(?::date, null), 'CT_CENTRAL', ?)`,
      [changed.id, D, s49.id],
    ],
    [`update social_worker_post set kind = 'CT_CENTRAL' where id = ?`, [changed.id]],
  ]);
});
afterAll(() => app.close());

const MISSING = `query($k: NetworkReportKind!, $y: Int!, $q: Int) { missingNetworkReports(kind: $k, year: $y, quarter: $q) { post { id } department { code } } }`;

/** The posts of this file that owe the period's report (none is handed in), with their department. */
async function owing(k: string, y: number, q?: number, principal: Principal = NATIONAL) {
  const mine = new Map(
    Object.entries({ promoted, moved, carried, ctr, led, changed, ctn }).map(([name, post]) => [post.id, name] as [string, string]),
  );
  const response = await app.as(principal)(MISSING, { k, y, q });
  expect(response.errors).toBeUndefined();
  const rows = response.data!.missingNetworkReports as { post: { id: string }; department: { code: string } }[];
  return Object.fromEntries(rows.filter((r) => mine.has(r.post.id)).map((r) => [mine.get(r.post.id)!, r.department.code]));
}

describe('the reports a post owes, as the post was during the period [004 §II.2–3]', () => {
  it('an ASS’s yearly report: the posts that were ASS and held in the year, in the department of their last day as such', async () => {
    expect(await owing('ASS_ANNUAL', 2024)).toEqual({ promoted: '49', moved: '49', carried: '49', led: '49', changed: '49' });
    // In 2025: the promoted post and the CT_CENTRAL were ASS until 30/06 (in the 49); the others end the year in the 44.
    expect(await owing('ASS_ANNUAL', 2025)).toEqual({ promoted: '49', moved: '44', carried: '44', led: '44', changed: '49' });
  });

  it('each administrator sees the obligations of the posts it may read today, under the department owed', async () => {
    const admin = (code: string): Principal => ({
      subject: `admin.${code}@interieur.gouv.fr`,
      role: Role.DEPARTMENTAL_ADMIN,
      perimeter: [code],
    });
    // The promoted post resides in the 44 now: its administrator follows up the 2025 report it owed in the 49.
    expect(await owing('ASS_ANNUAL', 2025, undefined, admin('44'))).toEqual({ promoted: '49', moved: '44', carried: '44', led: '44' });
    expect(await owing('ASS_ANNUAL', 2025, undefined, admin('49'))).toEqual({ changed: '49' });
  });

  it('a CTR’s quarterly report: the posts that were CTR in the quarter', async () => {
    expect(await owing('CTR_QUARTERLY', 2025, 2)).toEqual({ ctr: '49' });
    expect(await owing('CTR_QUARTERLY', 2025, 3)).toEqual({ ctr: '49', promoted: '44' });
  });
});

/** The figures of a report handed in now for the period, by code. */
async function figures(input: Record<string, unknown>) {
  const created = await gqlOk(`mutation($i: NetworkReportInput!) { createNetworkReport(input: $i) { figures { code value } } }`, {
    i: { submittedOn: '2026-02-01', ...input },
  });
  return Object.fromEntries(created.createNetworkReport.figures.map((f: { code: string; value: number }) => [f.code, f.value]));
}

describe('the figures of a report, the posts as they were at the period’s end [004 §II.1–2]', () => {
  it('a CTR’s quarter counts the posts it leads that were ASS on the quarter’s last day', async () => {
    expect(await figures({ kind: 'CTR_QUARTERLY', postId: ctr.id, year: 2025, quarter: 2 })).toMatchObject({
      ass_posts: 2,
      ass_held: 2,
      ass_vacant: 0,
    });
    expect(await figures({ kind: 'CTR_QUARTERLY', postId: ctr.id, year: 2025, quarter: 3 })).toMatchObject({ ass_posts: 1, ass_held: 1 });
  });

  it('the CTN’s year counts the ASS and CTR posts of 31 December', async () => {
    expect(await figures({ kind: 'CTN_ANNUAL', postId: ctn.id, year: 2024 })).toMatchObject({
      ass_posts: 5,
      ass_held: 5,
      ctr_posts: 1,
      ctr_held: 1,
    });
    expect(await figures({ kind: 'CTN_ANNUAL', postId: ctn.id, year: 2025 })).toMatchObject({
      ass_posts: 3,
      ass_held: 3,
      ctr_posts: 2,
      ctr_held: 2,
    });
  });
});

describe('a post’s technical subordinates as of a day', () => {
  const subordinates = (rows: { code: string; kind: string; residence: { code: string } }[]) =>
    rows.map((r) => [r.code, r.kind, r.residence.code]);
  const fields = 'code kind residence { code }';
  /** The list's order: by code (P-ASS-11 before P-ASS-9). */
  const byCode = (a: string[], b: string[]) => (a[0] < b[0] ? -1 : 1);

  it('are those of that day, with their kind and residence that day, by the field’s own date or the enclosing one', async () => {
    const then = [
      [led.code, 'ASS', s49.code],
      [changed.code, 'ASS', s49.code],
    ].sort(byCode);
    const now = [
      [led.code, 'ASS', s44.code],
      [changed.code, 'CT_CENTRAL', s49.code],
    ].sort(byCode);
    const own = async (asOf?: string) =>
      subordinates(
        (
          await gqlOk(`query($id: ID!, $asOf: Date) { socialWorkerPost(id: $id) { technicalSubordinates(asOf: $asOf) { ${fields} } } }`, {
            id: ctr.id,
            asOf,
          })
        ).socialWorkerPost.technicalSubordinates,
      );
    const enclosing = async (asOf?: string) =>
      subordinates(
        (
          await gqlOk(
            `query($id: ID!, $asOf: Date) { socialWorkerPosts(asOf: $asOf, filter: { ids: [$id] }) { items { technicalSubordinates { ${fields} } } } }`,
            { id: ctr.id, asOf },
          )
        ).socialWorkerPosts.items[0].technicalSubordinates,
      );
    expect(await own(before)).toEqual(then);
    expect(await enclosing(before)).toEqual(then);
    expect(await own(D)).toEqual(now);
    expect(await own()).toEqual(now);
    expect(await enclosing()).toEqual(now);
  });

  it('cost the statements of the current read, whatever the date', async () => {
    const read = (asOf: string) =>
      `{ socialWorkerPosts(${asOf} filter: { ids: ["${ctr.id}", "${ctn.id}"] }) { items { code technicalSubordinates(limit: 5) { ${fields} } } } }`;
    const current = await app.countStatements(() => gqlOk(read('')));
    expect(await app.countStatements(() => gqlOk(read(`asOf: "${before}",`)))).toBe(current);
  });
});

describe('a report is written by a post that was of its kind during the period [004 §II.2–3]', () => {
  it('an ASS become a CTR on 01/07/2025 writes its 2025 ASS report and its third quarter’s, not its second’s', async () => {
    const create = (input: Record<string, unknown>) =>
      app.gql(`mutation($i: NetworkReportInput!) { createNetworkReport(input: $i) { id } }`, {
        i: { postId: promoted.id, submittedOn: '2026-02-01', ...input },
      });
    const annual = await create({ kind: 'ASS_ANNUAL', year: 2025 });
    expect(annual.errors).toBeUndefined();
    expect((await create({ kind: 'CTR_QUARTERLY', year: 2025, quarter: 3 })).errors).toBeUndefined();
    const refused = (await create({ kind: 'CTR_QUARTERLY', year: 2025, quarter: 2 })).errors?.[0];
    expect(refused?.extensions).toMatchObject({ subCode: 'NETWORK_REPORT_AUTHOR', field: 'postId' });
    expect(refused?.message).toContain('pendant la période, ce poste était ASS');
    // Handed in, the ASS report is no longer missing.
    expect(await owing('ASS_ANNUAL', 2025)).not.toHaveProperty('promoted');
    // Its document names the department it served in as an ASS that year (the 49), not today's (the 44).
    const pdf = await fetch(`${app.baseUrl}/documents/network-report/${annual.data!.createNetworkReport.id}.pdf`, {
      headers: { authorization: await app.authorization() },
    });
    expect(pdf.status).toBe(200);
    const { text } = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain('Maine-et-Loire (49)');
    expect(text).not.toContain('Loire-Atlantique');
  });
});

describe('the ETP delivered to each service as of a day', () => {
  it('names the service by its name that day', async () => {
    const em = app.em();
    const served = await serviceWithAgents(em, '49', 0);
    const held = await heldPost(em, s49);
    const created = await gqlOk(`mutation($input: ConventionInput!) { createConvention(input: $input) { id } }`, {
      input: {
        reference: `CONV-${held.post.code}`,
        title: 'Secteur de test',
        kind: 'ASS_SERVICE',
        basis: 'CTR_DECISION',
        postId: held.post.id,
        validFrom: '2021-01-01',
      },
    });
    const conventionId = created.createConvention.id as string;
    const [{ id: maine }] = await sql<{ id: string }>(`select id from department where code = '49'`);
    await gqlOk(`mutation($rows: [ConventionScopeRow!]!) { saveConventionScopes(rows: $rows) { ok } }`, {
      rows: [{ values: { conventionId, departmentId: maine } }],
    });
    const allocation = (serviceId: string | null, share: number) => ({
      values: {
        conventionId,
        assignmentId: held.assignment.id,
        targetKind: serviceId ? 'SERVICE' : 'FUNCTION',
        serviceId,
        share,
        validFrom: '2021-01-01',
      },
    });
    const saved = await gqlOk(`mutation($rows: [TimeAllocationRow!]!) { saveTimeAllocations(rows: $rows) { ok } }`, {
      rows: [allocation(served.id, 0.8), allocation(null, 0.2)],
    });
    expect(saved.saveTimeAllocations.ok).toBe(true);
    const [{ version }] = await sql<{ version: number }>(`select version from service where id = ?`, [served.id]);
    await gqlOk(`mutation($id: ID!, $v: Int!, $input: ServiceInput!) { updateService(id: $id, version: $v, input: $input) { id } }`, {
      id: served.id,
      v: version,
      input: { name: 'Service servi renommé', effectiveDate: D },
    });
    const delivered = async (asOf: string) =>
      (
        await gqlOk(`query($asOf: Date) { deliveredEtp(groupBy: SERVICE, asOf: $asOf, limit: 100) { items { code name etp } } }`, { asOf })
      ).deliveredEtp.items.find((i: { code: string }) => i.code === served.code);
    expect(await delivered(before)).toEqual({ code: served.code, name: served.name, etp: 0.8 });
    expect(await delivered(D)).toEqual({ code: served.code, name: 'Service servi renommé', etp: 0.8 });
  });
});

describe('a post’s administrative authority as of a day [004 §II]', () => {
  it('follows its residence that day: the DRH for an ASS in a central service, the prefect once it is in a department', async () => {
    // Created here, after the figures above were counted: an ASS of a central service.
    const em = app.em();
    const central = em.create(Service, {
      code: 'T-CENTRAL-ASS',
      name: 'Service central de test',
      kind: ServiceKind.ADMINISTRATION_CENTRALE,
      department: null,
      designatingAuthority: DesignatingAuthority.SECRETARY_GENERAL,
      ministry: await interior(em),
      validFrom: '2020-01-01',
    });
    await em.flush();
    const { post } = await heldPost(em, central);
    // The service becomes a deconcentrated one of the 49 on D (its department is versioned), the post staying in it.
    const [{ id: maine }] = await sql<{ id: string }>(`select id from department where code = '49'`);
    await gqlOk(`mutation($id: ID!, $input: ServiceInput!) { updateService(id: $id, version: 1, input: $input) { id } }`, {
      id: central.id,
      input: { departmentId: maine, kind: 'PREFECTURE', designatingAuthority: 'PREFECT', effectiveDate: D },
    });
    const authority = async (asOf?: string) =>
      (
        await gqlOk(
          `query($id: ID!, $asOf: Date) { socialWorkerPosts(asOf: $asOf, filter: { ids: [$id] }) { items { kind residence { code } administrativeAuthority } } }`,
          { id: post.id, asOf },
        )
      ).socialWorkerPosts.items[0];
    expect(await authority(before)).toEqual({ kind: 'ASS', residence: { code: 'T-CENTRAL-ASS' }, administrativeAuthority: 'DRH' });
    expect(await authority(D)).toEqual({
      kind: 'ASS',
      residence: { code: 'T-CENTRAL-ASS' },
      administrativeAuthority: 'DEPARTMENT_PREFECT',
    });
    expect(await authority()).toMatchObject({ administrativeAuthority: 'DEPARTMENT_PREFECT' });
  });
});
