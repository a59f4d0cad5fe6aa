import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostKind } from '../../api/src/network/enums';
import { PostAssignment } from '../../api/src/network/post-assignment.entity';
import { PostSector } from '../../api/src/network/post-sector.entity';
import { Department } from '../../api/src/referential/department.entity';
import { Population } from '../../api/src/referential/enums';
import { Region } from '../../api/src/referential/region.entity';
import { ServiceHeadcount } from '../../api/src/referential/service-headcount.entity';
import { initTestApp, type TestApp } from '../support/app';
import { department, interior, serviceWithAgents } from '../support/fixtures';
import { heldPost, post, socialWorker } from '../support/network';
import { must } from '../support/lifecycle';

let app: TestApp;
let interiorId: string;

beforeAll(async () => {
  app = await initTestApp();
  interiorId = (await interior(app.em())).id;
});
afterAll(() => app.close());

const firstError = (r: { errors?: { extensions?: Record<string, any>; message: string }[] }) => r.errors?.[0];
const CREATE_ASSIGNMENT = `mutation($input: PostAssignmentInput!) { createPostAssignment(input: $input) { id workQuota post { code kind } agent { lastName } employingMinistry { code } } }`;

describe('posts and assignments', () => {
  it('creates a post and refuses a wrong budget programme or hierarchy, in French, naming the field', async () => {
    const residence = await serviceWithAgents(app.em(), '69', 0);
    const input = {
      code: 'ASS-T-1',
      title: 'ASS de test',
      kind: 'ASS',
      residenceId: residence.id,
      budgetProgramme: 307,
      validFrom: '2024-01-01',
    };
    const created = await app.gql(
      `mutation($input: SocialWorkerPostInput!) { createSocialWorkerPost(input: $input) { id code etp residence { code } administrativeAuthority vacant } }`,
      { input },
    );
    expect(created.data!.createSocialWorkerPost).toMatchObject({
      code: 'ASS-T-1',
      etp: 1,
      residence: { code: residence.code },
      administrativeAuthority: 'DEPARTMENT_PREFECT',
      vacant: true,
    });

    const wrong = await app.gql(`mutation($input: SocialWorkerPostInput!) { createSocialWorkerPost(input: $input) { id } }`, {
      input: { ...input, code: 'ASS-T-2', budgetProgramme: 216, technicalSuperiorId: created.data!.createSocialWorkerPost.id },
    });
    const violations = firstError(wrong)!.extensions!.violations.map((v: { field: string; code: string }) => [v.field, v.code]);
    expect(violations).toEqual([
      ['budgetProgramme', 'POST_BUDGET_PROGRAMME'],
      ['technicalSuperiorId', 'POST_HIERARCHY'],
    ]);
    expect(firstError(wrong)!.message).toContain('programme 307');
  });

  it('checks the corps and category required by the post on assignment [004], and writes nothing on refusal', async () => {
    const em = app.em();
    const residence = await serviceWithAgents(em, '69', 0);
    const ass = await post(em, residence, PostKind.ASS);
    const ctr = await post(em, residence, PostKind.CTR);
    const clerk = await socialWorker(em, residence, 'C');
    const social = await socialWorker(em, residence, 'A');
    const refused = await app.gql(CREATE_ASSIGNMENT, {
      input: { postId: ass.id, agentId: clerk.id, workQuota: 1, employingMinistryId: interiorId, validFrom: '2024-01-01' },
    });
    expect(firstError(refused)!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', subCode: 'POST_QUALIFICATION', field: 'agentId' });
    expect(firstError(refused)!.message).toContain('catégorie A d’un corps du service social (décret n° 2017-1050 du 10 mai 2017');
    const asCtr = await app.gql(CREATE_ASSIGNMENT, {
      input: { postId: ctr.id, agentId: social.id, workQuota: 1, employingMinistryId: interiorId, validFrom: '2024-01-01' },
    });
    expect(firstError(asCtr)!.message).toContain('catégorie A');
    expect(await app.em().count(PostAssignment, { post: { $in: [ass.id, ctr.id] } })).toBe(0);

    const ok = await app.gql(CREATE_ASSIGNMENT, {
      input: { postId: ass.id, agentId: social.id, workQuota: 0.8, employingMinistryId: interiorId, validFrom: '2024-01-01' },
    });
    expect(ok.data!.createPostAssignment).toMatchObject({
      workQuota: 0.8,
      post: { kind: 'ASS' },
      employingMinistry: { code: 'INTERIEUR' },
    });
  });

  it('the ASS category is dated: B before 2019-02-01 [004 §II.3], A from then (décret n° 2017-1050), as configured', async () => {
    const em = app.em();
    const residence = await serviceWithAgents(em, '69', 0);
    const [before, after] = [await post(em, residence, PostKind.ASS), await post(em, residence, PostKind.ASS)];
    const [catB, catA] = [await socialWorker(em, residence, 'B', '2010-01-01'), await socialWorker(em, residence, 'A', '2010-01-01')];
    const assign = (postId: string, agentId: string, validFrom: string) =>
      app.gql(CREATE_ASSIGNMENT, {
        input: {
          postId,
          agentId,
          workQuota: 1,
          employingMinistryId: interiorId,
          validFrom,
          validTo: validFrom === '2019-01-31' ? '2019-01-31' : null,
        },
      });
    expect(firstError(await assign(before.id, catA.id, '2019-01-31'))!.message).toContain('catégorie B');
    must(await assign(before.id, catB.id, '2019-01-31'));
    expect(firstError(await assign(after.id, catB.id, '2019-02-01'))!.extensions).toMatchObject({
      subCode: 'POST_QUALIFICATION',
      field: 'agentId',
    });
    must(await assign(after.id, catA.id, '2019-02-01'));
    // The requirement is a configurable record: the same check follows an edited date.
    const { postQualifications } = must(
      await app.gql(
        `{ postQualifications(filter: { kind: ASS }, sort: [{ field: "validFrom" }]) { items { id version category validFrom validTo legalBasis } } }`,
      ),
    );
    expect(
      postQualifications.items.map((q: { category: string; validFrom: string; validTo: string | null }) => [
        q.category,
        q.validFrom,
        q.validTo,
      ]),
    ).toEqual([
      ['B', '1970-01-01', '2019-01-31'],
      ['A', '2019-02-01', null],
    ]);
    const overlap = await app.gql(
      `mutation($id: ID!, $v: Int!) { updatePostQualification(id: $id, version: $v, input: { validTo: "2019-06-30" }) { id } }`,
      { id: postQualifications.items[0].id, v: postQualifications.items[0].version },
    );
    expect(firstError(overlap)!.extensions).toMatchObject({ subCode: 'POST_QUALIFICATION_OVERLAP', field: 'validFrom' });
  });

  it('lets two part-timers share a post, never beyond its ETP', async () => {
    const em = app.em();
    const residence = await serviceWithAgents(em, '69', 0);
    const { post: shared } = await heldPost(em, residence, 0.5, '2023-01-01');
    const [second, third] = [await socialWorker(em, residence), await socialWorker(em, residence)];
    const row = (agentId: string, workQuota: number, validFrom: string) => ({
      values: { postId: shared.id, agentId, workQuota, employingMinistryId: interiorId, validFrom },
    });
    const SAVE = `mutation($rows: [PostAssignmentRow!]!) { savePostAssignments(rows: $rows) { ok rows { violations { field code message } } } }`;
    const over = await app.gql(SAVE, { rows: [row(second.id, 0.5, '2024-01-01'), row(third.id, 0.2, '2024-06-01')] });
    expect(over.data!.savePostAssignments.ok).toBe(false);
    expect(over.data!.savePostAssignments.rows[1].violations[0]).toMatchObject({ field: 'workQuota', code: 'POST_OVER_CAPACITY' });
    expect(over.data!.savePostAssignments.rows[1].violations[0].message).toContain('à partir du 01/06/2024');
    expect((await app.gql(SAVE, { rows: [row(second.id, 0.5, '2024-01-01')] })).data!.savePostAssignments.ok).toBe(true);

    // A spreadsheet names each holder by the post's code and the start date, without personal data.
    const find = async (q: string) =>
      (
        await app.gql(
          `query($q: String) { postAssignments(filter: { q: $q }, sort: [{ field: "validFrom" }]) { items { reference workQuota } } }`,
          { q },
        )
      ).data!.postAssignments.items;
    expect(await find(shared.code)).toEqual([
      { reference: `${shared.code} (01/01/2023)`, workQuota: 0.5 },
      { reference: `${shared.code} (01/01/2024)`, workQuota: 0.5 },
    ]);
    expect(await find(`${shared.code} (01/01/2024)`)).toEqual([{ reference: `${shared.code} (01/01/2024)`, workQuota: 0.5 }]);
    expect(await find(`${shared.code} (2025-02-30)`)).toEqual([]);
  });

  it('organises a replacement by a holder of a post of the same kind [004 §II.2]', async () => {
    const em = app.em();
    const residence = await serviceWithAgents(em, '59', 0);
    const vacant = await post(em, residence);
    const { assignment } = await heldPost(em, residence, 1, '2022-01-01');
    const { assignment: ctr } = await heldPost(em, residence, 1, '2022-01-01', PostKind.CTR);
    const CREATE = `mutation($input: ReplacementInput!) { createReplacement(input: $input) { reason post { code vacant(asOf: "2025-01-01") replacements { replacing { agent { lastName } } } } } }`;
    const wrongKind = await app.gql(CREATE, {
      input: { postId: vacant.id, replacingId: ctr.id, reason: 'VACANCY', validFrom: '2025-01-01' },
    });
    expect(firstError(wrongKind)!.extensions).toMatchObject({ subCode: 'REPLACEMENT_KIND', field: 'replacingId' });
    const early = await app.gql(CREATE, {
      input: { postId: vacant.id, replacingId: assignment.id, reason: 'VACANCY', validFrom: '2021-01-01' },
    });
    expect(firstError(early)!.extensions).toMatchObject({ subCode: 'REPLACEMENT_OUTSIDE_ASSIGNMENT', field: 'validFrom' });
    const ok = await app.gql(CREATE, {
      input: { postId: vacant.id, replacingId: assignment.id, reason: 'VACANCY', validFrom: '2025-01-01' },
    });
    expect(ok.data!.createReplacement).toMatchObject({
      reason: 'VACANCY',
      post: { vacant: true, replacements: [{ replacing: { agent: { lastName: expect.any(String) } } }] },
    });
  });
});

describe('no N+1 on posts', () => {
  it('costs as many SQL statements for 5 posts with their sectors, holders and hierarchy as for 1', async () => {
    const em = app.em();
    const residence = await serviceWithAgents(em, '35', 0);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { post: p } = await heldPost(em, residence);
      em.create(PostSector, { post: p, department: await department(em, '35'), validFrom: '2020-01-01' });
      ids.push(p.id);
    }
    await em.flush();
    const query = `query($ids: [ID!]) { socialWorkerPosts(filter: { ids: $ids }) { items { code residence { code } administrativeAuthority vacant(asOf: "2025-01-01")
      sectors(asOf: "2025-01-01") { department { code } } assignments { workQuota agent { lastName } employingMinistry { code } } technicalSubordinates { code } replacements { reason } } } }`;
    let many: any;
    const one = await app.countStatements(() => app.gql(query, { ids: ids.slice(0, 1) }));
    const five = await app.countStatements(async () => (many = await app.gql(query, { ids })));
    expect(many.data.socialWorkerPosts.items).toHaveLength(5);
    expect(many.data.socialWorkerPosts.items.every((p: any) => p.sectors.length === 1 && p.assignments.length === 1 && !p.vacant)).toBe(
      true,
    );
    expect({ five }).toEqual({ five: one });
  });
});

describe('sectors and hierarchy', () => {
  it('a CTR covering two regions: the second one temporary, by a dated DRH decision [004 §II.2]', async () => {
    const em = app.em();
    const residence = await serviceWithAgents(em, '13', 0);
    const ctr = await post(em, residence, PostKind.CTR);
    const [paca, corsica] = [await em.findOneOrFail(Region, { code: '93' }), await em.findOneOrFail(Region, { code: '94' })];
    const SAVE = `mutation($rows: [PostSectorRow!]!) { savePostSectors(rows: $rows) { ok rows { violations { field code } } } }`;
    const sector = (regionId: string, extra: Record<string, unknown> = {}) => ({
      values: { postId: ctr.id, regionId, validFrom: '2020-01-01', ...extra },
    });
    const undecided = await app.gql(SAVE, { rows: [sector(paca.id), sector(corsica.id, { temporary: true, validFrom: '2024-07-01' })] });
    expect(undecided.data!.savePostSectors.rows[1].violations).toEqual([
      { field: 'decisionReference', code: 'SECTOR_DECISION_REQUIRED' },
      { field: 'validTo', code: 'SECTOR_TEMPORARY_END' },
    ]);
    expect(await app.em().count(PostSector, { post: ctr.id })).toBe(0);
    const decided = await app.gql(SAVE, {
      rows: [
        sector(paca.id),
        sector(corsica.id, {
          temporary: true,
          decisionReference: 'DRH 2024-117',
          decisionDate: '2024-06-15',
          validFrom: '2024-07-01',
          validTo: '2026-12-31',
        }),
      ],
    });
    expect(decided.data!.savePostSectors.ok).toBe(true);
    const sectors = `query($id: ID!, $d: Date) { socialWorkerPost(id: $id) { sectors(asOf: $d) { region { code } temporary } } }`;
    expect((await app.gql(sectors, { id: ctr.id, d: '2024-01-01' })).data!.socialWorkerPost.sectors).toEqual([
      { region: { code: '93' }, temporary: false },
    ]);
    expect((await app.gql(sectors, { id: ctr.id, d: '2025-01-01' })).data!.socialWorkerPost.sectors).toEqual([
      { region: { code: '93' }, temporary: false },
      { region: { code: '94' }, temporary: true },
    ]);
    expect((await app.gql(sectors, { id: ctr.id, d: '2027-01-01' })).data!.socialWorkerPost.sectors).toHaveLength(1);
  });

  it('an ASS sector is a department, not a region', async () => {
    const em = app.em();
    const ass = await post(em, await serviceWithAgents(em, '13', 0));
    const r = await app.gql(`mutation($input: PostSectorInput!) { createPostSector(input: $input) { id } }`, {
      input: { postId: ass.id, regionId: (await em.findOneOrFail(Region, { code: '93' })).id, validFrom: '2020-01-01' },
    });
    expect(firstError(r)!.extensions).toMatchObject({ subCode: 'SECTOR_KIND', field: 'departmentId' });
  });
});

describe('the agents-per-ASS ratio [004 §II]', () => {
  const RATIO = `query($ids: [ID!], $d: Date) { departments(filter: { ids: $ids }, limit: 100) { items { code socialWorkerRatio(asOf: $d) { networkAgents socialWorkerEtp agentsPerSocialWorker target } } } }`;

  it('counts the network’s populations per ASS ETP, as of two dates around an assignment change', async () => {
    const em = app.em();
    const dept = await department(em, '2A');
    const prefecture = await serviceWithAgents(em, '2A', 0);
    const gendarmerie = await serviceWithAgents(em, '2A', 0);
    em.create(ServiceHeadcount, {
      service: prefecture,
      population: Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC,
      count: 800,
      validFrom: '2020-01-01',
    });
    em.create(ServiceHeadcount, { service: gendarmerie, population: Population.GENDARMERIE_MILITARY, count: 500, validFrom: '2020-01-01' });
    em.create(ServiceHeadcount, { service: gendarmerie, population: Population.GENDARMERIE_CIVIL, count: 200, validFrom: '2020-01-01' });
    await em.flush();
    // Full time until 2024-12-31, then a new holder at 80 %.
    const { post: ass, assignment } = await heldPost(em, prefecture, 1, '2020-01-01');
    await app.gql(`mutation($id: ID!) { updatePostAssignment(id: $id, version: 1, input: { validTo: "2024-12-31" }) { id } }`, {
      id: assignment.id,
    });
    const successor = await socialWorker(em, prefecture);
    const change = await app.gql(CREATE_ASSIGNMENT, {
      input: { postId: ass.id, agentId: successor.id, workQuota: 0.8, employingMinistryId: interiorId, validFrom: '2025-01-01' },
    });
    expect(change.errors).toBeUndefined();

    const before = (await app.gql(RATIO, { ids: [dept.id], d: '2024-06-30' })).data!.departments.items[0].socialWorkerRatio;
    expect(before).toEqual({ networkAgents: 1000, socialWorkerEtp: 1, agentsPerSocialWorker: 1000, target: 1000 });
    const after = (await app.gql(RATIO, { ids: [dept.id], d: '2025-06-30' })).data!.departments.items[0].socialWorkerRatio;
    expect(after).toEqual({ networkAgents: 1000, socialWorkerEtp: 0.8, agentsPerSocialWorker: 1250, target: 1000 });
    const regional = await app.gql(
      `query($id: ID!) { region(id: $id) { socialWorkerRatio(asOf: "2025-06-30") { networkAgents socialWorkerEtp } } }`,
      { id: (await em.findOneOrFail(Department, { code: '2A' }, { populate: ['region'] })).region.id },
    );
    expect(regional.data!.region.socialWorkerRatio.socialWorkerEtp).toBeGreaterThanOrEqual(0.8);
  });

  it('a service under an excluded one is excluded too, in the headcounts and the ratio, as of two dates [004 §I]', async () => {
    const em = app.em();
    const lozere = await department(em, '48');
    const [prefecture, police, sub, subSub] = [
      await serviceWithAgents(em, '48', 0),
      await serviceWithAgents(em, '48', 0),
      await serviceWithAgents(em, '48', 0),
      await serviceWithAgents(em, '48', 0),
    ];
    // A Préfecture de police-like service with its own social service, flagged; the services under it are not.
    Object.assign(police, { excludedFromNetwork: true });
    Object.assign(sub, { parent: police });
    Object.assign(subSub, { parent: sub });
    const count = (service: typeof police, n: number, validFrom: string) =>
      em.create(ServiceHeadcount, { service, population: Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC, count: n, validFrom });
    count(prefecture, 1000, '2020-01-01');
    count(sub, 300, '2020-01-01');
    count(subSub, 100, '2025-01-01');
    await em.flush();
    await heldPost(em, prefecture, 1, '2020-01-01');
    const HEADCOUNT = `query($ids: [ID!], $d: Date) { departments(filter: { ids: $ids }) { items { headcount(asOf: $d) { network excluded } socialWorkerRatio(asOf: $d) { networkAgents socialWorkerEtp } } } }`;
    const on = async (d: string) => must(await app.gql(HEADCOUNT, { ids: [lozere.id], d })).departments.items[0];
    expect(await on('2024-06-30')).toEqual({
      headcount: { network: 1000, excluded: 300 },
      socialWorkerRatio: { networkAgents: 1000, socialWorkerEtp: 1 },
    });
    expect(await on('2025-06-30')).toEqual({
      headcount: { network: 1000, excluded: 400 },
      socialWorkerRatio: { networkAgents: 1000, socialWorkerEtp: 1 },
    });
    const by = `query($ids: [ID!]) { services(filter: { ids: $ids }, sort: [{ field: "code" }]) { items { code excludedFromNetwork networkExcludedBy { code } } } }`;
    const trail = must(await app.gql(by, { ids: [prefecture.id, police.id, sub.id, subSub.id] })).services.items;
    expect(
      Object.fromEntries(
        trail.map((s: { code: string; networkExcludedBy: { code: string } | null }) => [s.code, s.networkExcludedBy?.code ?? null]),
      ),
    ).toEqual({
      [prefecture.code]: null,
      [police.code]: police.code,
      [sub.code]: police.code,
      [subSub.code]: police.code,
    });
    // The exclusion follows the flag of the service above: lifted (effective 01/01/2025, issue 17: the flag is dated),
    // the whole sub-tree is back in the network from that day, and still outside it before.
    const { version } = must(await app.gql(`query($id: ID!) { service(id: $id) { version } }`, { id: police.id })).service;
    must(
      await app.gql(
        `mutation($id: ID!, $v: Int!) { updateService(id: $id, version: $v, input: { excludedFromNetwork: false, effectiveDate: "2025-01-01" }) { id } }`,
        { id: police.id, v: version },
      ),
    );
    expect(await on('2025-06-30')).toEqual({
      headcount: { network: 1400, excluded: 0 },
      socialWorkerRatio: { networkAgents: 1400, socialWorkerEtp: 1 },
    });
    expect(await on('2024-06-30')).toEqual({
      headcount: { network: 1000, excluded: 300 },
      socialWorkerRatio: { networkAgents: 1000, socialWorkerEtp: 1 },
    });
  });

  it('costs as many SQL statements for 50 departments as for 1', async () => {
    const ids = (await app.em().find(Department, {}, { orderBy: { code: 'asc' }, limit: 50 })).map((d) => d.id);
    const one = await app.countStatements(() => app.gql(RATIO, { ids: ids.slice(0, 1), d: '2025-01-01' }));
    let result: any;
    const fifty = await app.countStatements(async () => (result = await app.gql(RATIO, { ids, d: '2025-01-01' })));
    expect(result.data.departments.items).toHaveLength(50);
    expect({ fifty }).toEqual({ fifty: one });
  });
});
