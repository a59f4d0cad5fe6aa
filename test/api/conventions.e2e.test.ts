import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimeAllocation } from '../../api/src/conventions/time-allocation.entity';
import { PostKind } from '../../api/src/network/enums';
import { PostSector } from '../../api/src/network/post-sector.entity';
import { SocialWorkerPost } from '../../api/src/network/social-worker-post.entity';
import { Population } from '../../api/src/referential/enums';
import { Ministry } from '../../api/src/referential/ministry.entity';
import { Region } from '../../api/src/referential/region.entity';
import { ServiceHeadcount } from '../../api/src/referential/service-headcount.entity';
import type { Service } from '../../api/src/referential/service.entity';
import { initTestApp, type TestApp } from '../support/app';
import { department, serviceWithAgents } from '../support/fixtures';
import { heldPost } from '../support/network';

let app: TestApp;
let x: Service;
let y: Service;
let elsewhere: Service;

beforeAll(async () => {
  app = await initTestApp();
  const em = app.em();
  [x, y, elsewhere] = [await serviceWithAgents(em, '35', 0), await serviceWithAgents(em, '35', 0), await serviceWithAgents(em, '33', 0)];
});
afterAll(() => app.close());

const firstError = (r: { errors?: { extensions?: Record<string, any>; message: string }[] }) => r.errors?.[0];
const SAVE = `mutation($rows: [TimeAllocationRow!]!, $dryRun: Boolean) {
  saveTimeAllocations(rows: $rows, dryRun: $dryRun) { ok rows { index id violations { field code message severity } } items { id share etp service { code } } }
}`;

async function convention(input: Record<string, unknown>, scopes: Record<string, string>[]) {
  const created = await app.gql(`mutation($input: ConventionInput!) { createConvention(input: $input) { id } }`, {
    input: { basis: 'CTR_DECISION', validFrom: '2021-01-01', ...input },
  });
  expect(created.errors).toBeUndefined();
  const id = created.data!.createConvention.id as string;
  const saved = await app.gql(`mutation($rows: [ConventionScopeRow!]!) { saveConventionScopes(rows: $rows) { ok } }`, {
    rows: scopes.map((s) => ({ values: { conventionId: id, ...s } })),
  });
  expect(saved.data!.saveConventionScopes.ok).toBe(true);
  return id;
}

/** An ASS post at `quota` under its ASS_SERVICE convention, whose zone is the Ille-et-Vilaine. */
async function assWithConvention(quota: number) {
  const held = await heldPost(app.em(), x, quota, '2020-01-01');
  const id = await convention(
    { reference: `CONV-${held.post.code}`, title: 'Secteur de test', kind: 'ASS_SERVICE', postId: held.post.id },
    [{ departmentId: (await department(app.em(), '35')).id }],
  );
  const row = (target: Service | 'FUNCTION', share: number, extra: Record<string, unknown> = {}) => ({
    values: {
      conventionId: id,
      assignmentId: held.assignment.id,
      targetKind: target === 'FUNCTION' ? 'FUNCTION' : 'SERVICE',
      serviceId: target === 'FUNCTION' ? null : target.id,
      share,
      validFrom: '2021-01-01',
      ...extra,
    },
  });
  return { ...held, conventionId: id, row };
}

describe('conventions', () => {
  it('renews by tacit renewal in yearly terms, and warns of an end date that is not the end of a term [003 annexes 4–5]', async () => {
    const { post } = await heldPost(app.em(), x, 1, '2020-01-01');
    const input = {
      reference: `TACITE-${post.code}`,
      title: 'Secteur reconduit',
      kind: 'ASS_SERVICE',
      basis: 'CONVENTION',
      postId: post.id,
      tacitRenewal: true,
      validFrom: '2021-03-01',
      validTo: '2024-06-30',
    };
    const created = await app.gql(`mutation($input: ConventionInput!) { createConvention(input: $input) { id } }`, { input });
    expect((created as { extensions?: { warnings: unknown[] } }).extensions?.warnings).toEqual([
      expect.objectContaining({
        field: 'validTo',
        code: 'CONVENTION_TERM_END',
        severity: 'WARNING',
        message: expect.stringContaining('ici le 28/02/2025'),
      }),
    ]);
    const { data } = await app.gql(
      `query($id: ID!) { convention(id: $id) {
      first: term(asOf: "2021-03-01") { from to renewals } third: term(asOf: "2023-05-01") { from to renewals } last: term(asOf: "2024-06-30") { to } after: term(asOf: "2024-07-01") { from }
    } }`,
      { id: created.data!.createConvention.id },
    );
    expect(data!.convention).toEqual({
      first: { from: '2021-03-01', to: '2022-02-28', renewals: 0 },
      third: { from: '2023-03-01', to: '2024-02-29', renewals: 2 },
      last: { to: '2024-06-30' },
      after: null,
    });
  });
});

describe('time allocations', () => {
  it('the 003 worked example: an ASS at 80 % giving half of their time to service X gives 0.4 ETP to X [003 annex 5]', async () => {
    const { post, row } = await assWithConvention(0.8);
    // Services X and Y of this example alone: the ETP delivered to X is not summed with other tests' allocations.
    const [serviceX, serviceY] = [await serviceWithAgents(app.em(), '35', 0), await serviceWithAgents(app.em(), '35', 0)];
    const saved = await app.gql(SAVE, { rows: [row(serviceX, 0.5), row(serviceY, 0.3), row('FUNCTION', 0.2)] });
    expect(saved.data!.saveTimeAllocations.ok).toBe(true);
    expect(saved.data!.saveTimeAllocations.items.map((i: { etp: number }) => i.etp)).toEqual([0.4, 0.24, 0.16]);
    const breakdown = await app.gql(
      `query($id: ID!) { socialWorkerPost(id: $id) { breakdown(asOf: "2025-01-01") { targetKind share etp service { code } } } }`,
      { id: post.id },
    );
    expect(breakdown.data!.socialWorkerPost.breakdown[0]).toEqual({
      targetKind: 'SERVICE',
      share: 0.5,
      etp: 0.4,
      service: { code: serviceX.code },
    });
    const delivered = await app.gql(`{ deliveredEtp(groupBy: SERVICE, asOf: "2025-01-01", limit: 100) { items { code etp } } }`);
    expect(delivered.data!.deliveredEtp.items).toContainEqual({ code: serviceX.code, etp: 0.4 });
  });

  it('refuses shares that do not sum to 1, naming the rows, and writes nothing', async () => {
    const { assignment, row } = await assWithConvention(1);
    const rejected = await app.gql(SAVE, { rows: [row(x, 0.5), row(y, 0.2), row('FUNCTION', 0.2)] });
    const result = rejected.data!.saveTimeAllocations;
    expect(result.ok).toBe(false);
    expect(result.rows.map((r: { violations: { code: string; field: string }[] }) => r.violations.map((v) => [v.field, v.code]))).toEqual([
      [['share', 'TIME_ALLOCATION_SHARES_NOT_ONE']],
      [['share', 'TIME_ALLOCATION_SHARES_NOT_ONE']],
      [['share', 'TIME_ALLOCATION_SHARES_NOT_ONE']],
    ]);
    expect(result.rows[0].violations[0].message).toBe(
      `Les parts de temps de cette affectation totalisent 0,9 à partir du 01/01/2021 au lieu de 1 (« ${x.code} » : 0,5 ; « ${y.code} » : 0,2 ; « fonction » : 0,2) : ajustez les parts pour que leur somme fasse 1.`,
    );
    expect(await app.em().count(TimeAllocation, { assignment: assignment.id })).toBe(0);
  });

  it('sums with the assignment’s stored shares that are not in the batch, for single writes too', async () => {
    const { row } = await assWithConvention(1);
    const saved = await app.gql(SAVE, { rows: [row(x, 0.5), row(y, 0.3), row('FUNCTION', 0.2)] });
    const [first] = saved.data!.saveTimeAllocations.rows;
    const single = await app.gql(`mutation($id: ID!) { updateTimeAllocation(id: $id, version: 1, input: { share: 0.6 }) { id } }`, {
      id: first.id,
    });
    expect(firstError(single)!.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      subCode: 'TIME_ALLOCATION_SHARES_NOT_ONE',
      field: 'share',
    });
    expect(firstError(single)!.message).toContain(`« ${y.code} » (déjà enregistrée) : 0,3`);
    expect((await app.em().findOneOrFail(TimeAllocation, { id: first.id })).share).toBe(0.5);
    // Moving time from X to Y in one batch keeps the sum.
    const moved = await app.gql(SAVE, {
      rows: [
        { id: first.id, version: 1, values: { share: 0.4 } },
        { id: saved.data!.saveTimeAllocations.rows[1].id, version: 1, values: { share: 0.4 } },
      ],
    });
    expect(moved.data!.saveTimeAllocations.ok).toBe(true);
  });

  it('returns a function share far from 0.2 as a warning with the result, not an error', async () => {
    const { row } = await assWithConvention(1);
    const bulk = await app.gql(SAVE, { rows: [row(x, 0.65), row(y, 0.3), row('FUNCTION', 0.05)] });
    expect(bulk.data!.saveTimeAllocations.ok).toBe(true);
    expect(bulk.data!.saveTimeAllocations.rows[2].violations).toEqual([
      { field: 'share', code: 'FUNCTION_SHARE_FAR_FROM_GUIDELINE', severity: 'WARNING', message: expect.stringContaining('environ 0,2') },
    ]);
    const other = await assWithConvention(1);
    const single = await app.gql(`mutation($input: TimeAllocationInput!) { createTimeAllocation(input: $input) { share } }`, {
      input: other.row('FUNCTION', 1).values,
    });
    expect(single.data!.createTimeAllocation).toEqual({ share: 1 });
    expect((single as { extensions?: { warnings: unknown[] } }).extensions?.warnings).toEqual([
      expect.objectContaining({ code: 'FUNCTION_SHARE_FAR_FROM_GUIDELINE', severity: 'WARNING' }),
    ]);
  });

  it('refuses an allocation outside the convention’s dates or to a service outside its zone', async () => {
    const { assignment, row } = await assWithConvention(1);
    const result = (await app.gql(SAVE, { rows: [row(x, 0.5, { validFrom: '2020-06-01' }), row(elsewhere, 0.3), row('FUNCTION', 0.2)] }))
      .data!.saveTimeAllocations;
    expect(result.rows[0].violations[0]).toMatchObject({ field: 'validFrom', code: 'TIME_ALLOCATION_OUTSIDE_CONVENTION' });
    expect(result.rows[0].violations[0].message).toContain('à partir du 01/01/2021');
    expect(result.rows[1].violations[0]).toMatchObject({
      field: 'serviceId',
      code: 'TIME_ALLOCATION_OUTSIDE_ZONE',
      message: `Le service ${elsewhere.code} n’est pas dans la zone d’intervention de la convention.`,
    });
    expect(await app.em().count(TimeAllocation, { assignment: assignment.id })).toBe(0);
  });

  it('dates the zone: an entry in force from a day to a day, read as of a date, allocated only while in force (issue 17)', async () => {
    const { conventionId, row } = await assWithConvention(1);
    const D = '2025-01-01';
    // A service of the Gironde enters the zone for 2025: an entry with no start would enter with the convention.
    const add = (values: Record<string, unknown>) =>
      app.gql(
        `mutation($rows: [ConventionScopeRow!]!) { saveConventionScopes(rows: $rows) { ok rows { violations { field code message } } } }`,
        {
          rows: [{ values: { conventionId, serviceId: elsewhere.id, ...values } }],
        },
      );
    const early = (await add({ validFrom: '2020-06-01' })).data!.saveConventionScopes;
    expect(early.ok).toBe(false);
    expect(early.rows[0].violations[0]).toMatchObject({ field: 'validFrom', code: 'CONVENTION_SCOPE_PERIOD' });
    expect(early.rows[0].violations[0].message).toContain('à partir du 01/01/2021');
    // With no start, the dry run says the entry would enter with the convention, and saves nothing.
    const undated = await app.gql(
      `mutation($rows: [ConventionScopeRow!]!) { saveConventionScopes(rows: $rows, dryRun: true) { ok rows { violations { field code severity message } } } }`,
      { rows: [{ values: { conventionId, serviceId: elsewhere.id } }] },
    );
    expect(undated.data!.saveConventionScopes).toEqual({
      ok: true,
      rows: [
        {
          violations: [
            {
              field: 'validFrom',
              code: 'CONVENTION_SCOPE_DEFAULT_START',
              severity: 'WARNING',
              message:
                'Sans date de début, l’entrée entre dans la zone avec la convention, le 01/01/2021 : saisissez la date d’entrée si elle est plus tardive.',
            },
          ],
        },
      ],
    });
    expect((await add({ validFrom: D, validTo: '2025-12-31' })).data!.saveConventionScopes.ok).toBe(true);
    const zone = async (asOf: string) =>
      (
        await app.gql(
          `query($id: ID!, $asOf: Date) { convention(id: $id) { scopes(asOf: $asOf) { validFrom service { code } department { code } } coverage(asOf: $asOf) { services { code } } } }`,
          { id: conventionId, asOf },
        )
      ).data!.convention;
    const before = await zone('2024-12-31');
    expect(before.scopes).toEqual([{ validFrom: '2021-01-01', service: null, department: { code: '35' } }]);
    expect(before.coverage.services).toEqual([]);
    const during = await zone('2025-06-30');
    expect(during.scopes.map((s: { service: { code: string } | null }) => s.service?.code ?? null)).toEqual([null, elsewhere.code]);
    expect(during.coverage.services).toEqual([{ code: elsewhere.code }]);
    expect((await zone('2026-01-01')).scopes).toHaveLength(1);
    // Time goes to the Gironde's service for 2025 only.
    const within2025 = { validFrom: D, validTo: '2025-12-31' };
    const rows = (r: ReturnType<typeof row>) => [row(x, 0.5, within2025), r, row('FUNCTION', 0.2, within2025)];
    const inside = (await app.gql(SAVE, { rows: rows(row(elsewhere, 0.3, within2025)), dryRun: true })).data!.saveTimeAllocations;
    expect(inside.rows.flatMap((r: { violations: unknown[] }) => r.violations)).toEqual([]);
    const after = await app.gql(SAVE, { rows: rows(row(elsewhere, 0.3, { validFrom: D, validTo: null })), dryRun: true });
    expect(after.data!.saveTimeAllocations.rows[1].violations[0]).toMatchObject({
      field: 'serviceId',
      code: 'TIME_ALLOCATION_OUTSIDE_ZONE',
      message: `Le service ${elsewhere.code} n’est pas dans la zone d’intervention de la convention pendant toute la part (à partir du 01/01/2025) : ajustez les dates de la part ou celles de la zone.`,
    });
  });

  it('never allocates a post beyond its quota', async () => {
    const { post, row } = await assWithConvention(0.8);
    const em = app.em();
    await em.nativeUpdate(SocialWorkerPost, { id: post.id }, { etp: 0.5 }); // a post whose budget was cut below its holder's quota
    const result = (await app.gql(SAVE, { rows: [row(x, 0.5), row(y, 0.3), row('FUNCTION', 0.2)] })).data!.saveTimeAllocations;
    expect(result.ok).toBe(false);
    expect(result.rows[0].violations[0]).toMatchObject({ field: 'share', code: 'TIME_ALLOCATION_POST_OVER_QUOTA' });
    expect(result.rows[0].violations[0].message).toContain('0,8 ETP');
  });
});

describe('conventions', () => {
  it('an interministerial convention: what it covers, and the ETP delivered to the partner ministry [004 §I, §III]', async () => {
    const em = app.em();
    const agriculture = await em.findOneOrFail(Ministry, { code: 'AGRICULTURE' });
    const ddt = await serviceWithAgents(em, '35', 0);
    em.create(ServiceHeadcount, { service: ddt, population: Population.OTHER_ADMINISTRATION, count: 120, validFrom: '2020-01-01' });
    em.create(ServiceHeadcount, {
      service: ddt,
      population: Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC,
      count: 10,
      validFrom: '2020-01-01',
    });
    em.create(ServiceHeadcount, { service: elsewhere, population: Population.OTHER_ADMINISTRATION, count: 30, validFrom: '2020-01-01' });
    await em.flush();
    const base = {
      reference: 'CI-AGRI',
      title: 'Convention avec l’Agriculture',
      kind: 'INTERMINISTERIAL',
      basis: 'CONVENTION',
      validFrom: '2021-01-01',
    };
    const missing = await app.gql(`mutation($input: ConventionInput!) { createConvention(input: $input) { id } }`, { input: base });
    expect(firstError(missing)!.extensions!.violations.map((v: { code: string }) => v.code)).toEqual([
      'CONVENTION_PARTNER_REQUIRED',
      'CONVENTION_DIRECTION_REQUIRED',
    ]);
    const id = await convention(
      {
        ...base,
        partnerMinistryId: agriculture.id,
        direction: 'INTERIOR_SERVES_PARTNER',
        populations: ['OTHER_ADMINISTRATION'],
        etpProvided: 0.5,
        tacitRenewal: true,
      },
      [{ serviceId: ddt.id }, { departmentId: (await department(em, '33')).id }],
    );
    const { assignment } = await heldPost(em, x, 0.5, '2020-01-01');
    const rows = [
      [ddt, 0.6],
      [elsewhere, 0.4],
    ].map(([service, share]) => ({
      values: {
        conventionId: id,
        assignmentId: assignment.id,
        targetKind: 'SERVICE',
        serviceId: (service as Service).id,
        share,
        validFrom: '2021-01-01',
      },
    }));
    expect((await app.gql(SAVE, { rows })).data!.saveTimeAllocations.ok).toBe(true);
    const { data } = await app.gql(
      `query($id: ID!) { convention(id: $id) { partnerMinistry { code } direction coverage(asOf: "2025-01-01") {
      services { code } departments { code } populations etpProvided etpAllocated headcount } } }`,
      { id },
    );
    expect(data!.convention).toEqual({
      partnerMinistry: { code: 'AGRICULTURE' },
      direction: 'INTERIOR_SERVES_PARTNER',
      coverage: {
        services: [{ code: ddt.code }],
        departments: [{ code: '33' }, { code: '35' }],
        populations: ['OTHER_ADMINISTRATION'],
        etpProvided: 0.5,
        etpAllocated: 0.5,
        headcount: 150,
      },
    });
    const delivered = await app.gql(`{ deliveredEtp(groupBy: PARTNER_MINISTRY, asOf: "2025-01-01") { totalCount items { code etp } } }`);
    expect(delivered.data!.deliveredEtp).toEqual({ totalCount: 1, items: [{ code: 'AGRICULTURE', etp: 0.5 }] });
    expect(
      (await app.gql(`{ deliveredEtp(groupBy: PARTNER_MINISTRY, asOf: "2020-06-01") { totalCount } }`)).data!.deliveredEtp.totalCount,
    ).toBe(0);
  });

  it('a CTR covering two regions: a temporary, dated DRH decision splitting the time by region', async () => {
    const em = app.em();
    const [paca, corsica, idf] = [
      await em.findOneOrFail(Region, { code: '93' }),
      await em.findOneOrFail(Region, { code: '94' }),
      await em.findOneOrFail(Region, { code: '11' }),
    ];
    const { post, assignment } = await heldPost(em, x, 1, '2020-01-01', PostKind.CTR);
    // The post's sectors: PACA, and Corsica by DRH decision until 2025-12-31 [004 §II.2].
    em.create(PostSector, { post, region: paca, validFrom: '2020-01-01' });
    em.create(PostSector, {
      post,
      region: corsica,
      temporary: true,
      decisionReference: 'DRH-2024-117',
      decisionDate: '2024-06-15',
      validFrom: '2024-07-01',
      validTo: '2025-12-31',
    });
    await em.flush();
    const base = {
      reference: 'DRH-CORSE',
      title: 'Prise en charge de la Corse',
      kind: 'CTR_INTERREGIONAL',
      basis: 'DRH_DECISION',
      postId: post.id,
      secretarialEtp: 0.5,
      validFrom: '2024-07-01',
    };
    const open = await app.gql(`mutation($input: ConventionInput!) { createConvention(input: $input) { id } }`, { input: base });
    expect(firstError(open)!.extensions).toMatchObject({ subCode: 'CONVENTION_TEMPORARY', field: 'validTo' });
    const id = await convention({ ...base, validTo: '2026-12-31' }, [
      { regionId: paca.id },
      { regionId: corsica.id },
      { regionId: idf.id },
    ]);
    const row = (targetKind: string, regionId: string | null, share: number, validFrom = '2024-07-01', validTo = '2026-12-31') => ({
      values: { conventionId: id, assignmentId: assignment.id, targetKind, regionId, share, validFrom, validTo },
    });

    // Corsica one day past the decision's end: refused, naming the decision.
    const late = await app.gql(SAVE, {
      rows: [
        row('REGION', paca.id, 0.55, '2024-07-01', '2026-01-01'),
        row('REGION', corsica.id, 0.25, '2024-07-01', '2026-01-01'),
        row('FUNCTION', null, 0.2, '2024-07-01', '2026-01-01'),
      ],
    });
    expect(late.data!.saveTimeAllocations.ok).toBe(false);
    const [corsicaViolation] = late.data!.saveTimeAllocations.rows[1].violations;
    expect(corsicaViolation).toMatchObject({ field: 'validTo', code: 'CTR_SECOND_REGION_OUTSIDE_DECISION', severity: 'ERROR' });
    expect(corsicaViolation.message).toContain('décision DRH-2024-117 du 01/07/2024 au 31/12/2025');
    // A region that is no sector of the post (even within the convention's zone): refused.
    const stranger = await app.gql(SAVE, { rows: [row('REGION', paca.id, 0.55), row('REGION', idf.id, 0.25), row('FUNCTION', null, 0.2)] });
    expect(stranger.data!.saveTimeAllocations.rows[1].violations.map((v: { code: string }) => v.code)).toEqual(['CTR_REGION_NOT_SECTOR']);
    expect(await app.em().count(TimeAllocation, { convention: id })).toBe(0);

    // Up to the decision's last day, then PACA alone.
    const saved = await app.gql(SAVE, {
      rows: [
        row('REGION', paca.id, 0.55, '2024-07-01', '2025-12-31'),
        row('REGION', corsica.id, 0.25, '2024-07-01', '2025-12-31'),
        row('REGION', paca.id, 0.8, '2026-01-01', '2026-12-31'),
        row('FUNCTION', null, 0.2),
      ],
    });
    expect(saved.data!.saveTimeAllocations.ok).toBe(true);
    const regions = (await app.gql(`{ deliveredEtp(groupBy: REGION, asOf: "2025-12-31", limit: 50) { items { code etp } } }`)).data!
      .deliveredEtp.items;
    expect(regions).toEqual(
      expect.arrayContaining([
        { code: '93', etp: 0.55 },
        { code: '94', etp: 0.25 },
      ]),
    );
    const after = (await app.gql(`{ deliveredEtp(groupBy: REGION, asOf: "2026-01-01", limit: 50) { items { code etp } } }`)).data!
      .deliveredEtp.items;
    expect(after.map((r: { code: string }) => r.code)).not.toContain('94');
  });

  it('costs as many SQL statements for many conventions with their coverage and allocations as for one', async () => {
    const query = `query($ids: [ID!]) { conventions(filter: { ids: $ids, kind: ASS_SERVICE }, limit: 50) { items { reference post { code } coverage(asOf: "2025-01-01") { etpAllocated headcount services { code } }
      allocations(asOf: "2025-01-01") { etp service { code } region { code } assignment { agent { lastName } post { breakdown(asOf: "2025-01-01") { share } } } } } } }`;
    // Conventions of this test, each with a post, its services and the function: none relies on another test's.
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { conventionId, row } = await assWithConvention(0.8);
      expect((await app.gql(SAVE, { rows: [row(x, 0.5), row(y, 0.3), row('FUNCTION', 0.2)] })).data!.saveTimeAllocations.ok).toBe(true);
      ids.push(conventionId);
    }
    let many: any;
    const one = await app.countStatements(() => app.gql(query, { ids: ids.slice(0, 1) }));
    const all = await app.countStatements(async () => (many = await app.gql(query, { ids })));
    expect(many.errors).toBeUndefined();
    expect(many.data.conventions.items).toHaveLength(6);
    expect({ all }).toEqual({ all: one });
  });
});
