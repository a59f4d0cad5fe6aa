import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostKind } from '../../api/src/network/enums';
import type { SocialWorkerPost } from '../../api/src/network/social-worker-post.entity';
import type { Agent } from '../../api/src/referential/agent.entity';
import type { Service } from '../../api/src/referential/service.entity';
import { addDays } from '../../api/src/shared/scalars';
import { initTestApp, type TestApp } from '../support/app';
import { interior, serviceWithAgents } from '../support/fixtures';
import { heldPost, post, socialWorker } from '../support/network';
import { rawAccess } from '../support/raw';

/*
 * Issue 17, the write rules of the network as of the write's effective date: a write that takes effect on a day is
 * judged against the versions in force that day (a post's kind, an agent's category), not today's. A post that was
 * an ASS until D−1 and is a CTR from D: a write effective D−1 is judged as an ASS's, one effective D as a CTR's; each
 * refusal names the kind the post had that day and the day. Every write here is a dry run: the records stay as set up.
 */
let app: TestApp;
const { sql, gqlOk } = rawAccess(() => app);
const D = '2025-07-01';
const BEFORE = addDays(D, -1);

let s35: Service;
let s22: Service;
/** An ASS post until 30/06/2025, a CTR post from 01/07/2025 (today a CTR). */
let promoted: SocialWorkerPost;
let ctn: SocialWorkerPost;
/** An ASS post all along, held since 2020 (the replacing assignment). */
let ass: { post: SocialWorkerPost; assignment: { id: string } };
/** A social worker of the ASS corps in category A. */
let worker: Agent;
/** A social worker of the ASS corps in category B until 30/06/2025, A from 01/07/2025 (a promotion). */
let promotedWorker: Agent;
let interiorId: string;

const version = async (table: string, id: string) =>
  (await sql<{ version: number }>(`select version from ${table} where id = ?`, [id]))[0].version;

beforeAll(async () => {
  app = await initTestApp();
  const em = app.em();
  [s35, s22] = [await serviceWithAgents(em, '35', 0), await serviceWithAgents(em, '22', 0)];
  promoted = await post(em, s35);
  ctn = await post(em, await serviceWithAgents(em, '75', 0), PostKind.CTN);
  ass = await heldPost(em, s35);
  worker = await socialWorker(em, s35);
  promotedWorker = await socialWorker(em, s35, 'B');
  interiorId = (await interior(em)).id;
  await gqlOk(
    `mutation($id: ID!, $v: Int!, $input: SocialWorkerPostInput!) { updateSocialWorkerPost(id: $id, version: $v, input: $input) { id } }`,
    {
      id: promoted.id,
      v: await version('social_worker_post', promoted.id),
      input: { kind: 'CTR', budgetProgramme: 216, effectiveDate: D },
    },
  );
  await gqlOk(`mutation($id: ID!, $v: Int!, $input: AgentInput!) { updateAgent(id: $id, version: $v, input: $input) { id } }`, {
    id: promotedWorker.id,
    v: await version('agent', promotedWorker.id),
    input: { category: 'A', effectiveDate: D },
  });
});
afterAll(() => app.close());

type Violation = { code: string; field: string; message: string };

/** A dry run of one row of `type` (`PostSector`…): the row's violations. */
async function judged(type: string, values: Record<string, unknown>, id?: string, rowVersion?: number): Promise<Violation[]> {
  const plural = type.endsWith('y') ? `${type.slice(0, -1)}ies` : `${type}s`;
  const data = await gqlOk(
    `mutation($rows: [${type}Row!]!) { save${plural}(dryRun: true, rows: $rows) { ok rows { violations { code field message } } } }`,
    { rows: [{ id, version: rowVersion, values }] },
  );
  return (data[`save${plural}`] as { rows: { violations: Violation[] }[] }).rows[0].violations;
}

describe('the network’s write rules judge a write on its effective date [issue 17]', () => {
  it('a sector: a department from a day the post is an ASS, a region from a day it is a CTR', async () => {
    const [{ id: d35 }] = await sql<{ id: string }>(`select id from department where code = '35'`);
    const [{ id: brittany }] = await sql<{ id: string }>(`select id from region where code = '53'`);
    const department = { postId: promoted.id, departmentId: d35 };
    const region = { postId: promoted.id, regionId: brittany };
    expect(await judged('PostSector', { ...department, validFrom: BEFORE, validTo: BEFORE })).toEqual([]);
    expect(await judged('PostSector', { ...region, validFrom: D })).toEqual([]);
    expect(await judged('PostSector', { ...department, validFrom: D })).toEqual([
      {
        code: 'SECTOR_KIND',
        field: 'regionId',
        message:
          'Le secteur d’un conseiller technique régional est une région : le 01/07/2025, premier jour du secteur, ce poste est un poste de conseiller technique régional.',
      },
    ]);
    expect(await judged('PostSector', { ...region, validFrom: BEFORE, validTo: BEFORE })).toEqual([
      {
        code: 'SECTOR_KIND',
        field: 'departmentId',
        message:
          'Le secteur d’un poste d’assistant de service social est un département ou une partie de département : le 30/06/2025, premier jour du secteur, ce poste est un poste d’assistant de service social.',
      },
    ]);
  });

  it('the technical superior: the post’s kind and its superior’s on the edit’s effective date', async () => {
    const v = await version('social_worker_post', promoted.id);
    // Under the CTN: refused on a day the post is an ASS, accepted from the day it is a CTR.
    const underCtn = (effectiveDate: string) => ({ residenceId: s22.id, technicalSuperiorId: ctn.id, effectiveDate });
    expect(await judged('SocialWorkerPost', underCtn(D), promoted.id, v)).toEqual([]);
    expect(await judged('SocialWorkerPost', underCtn(BEFORE), promoted.id, v)).toEqual([
      {
        code: 'POST_HIERARCHY',
        field: 'technicalSuperiorId',
        message:
          'Le supérieur technique d’un poste d’assistant de service social est un poste de conseiller technique régional ou conseiller technique coordonnateur de l’administration centrale : le 30/06/2025, ce poste est un poste d’assistant de service social et le supérieur choisi un poste de conseiller technique national.',
      },
    ]);
    // An ASS led by the promoted post: refused while it is an ASS, accepted from the day it is a CTR.
    const led = (effectiveDate: string) => ({ residenceId: s22.id, technicalSuperiorId: promoted.id, effectiveDate });
    const w = await version('social_worker_post', ass.post.id);
    expect(await judged('SocialWorkerPost', led(D), ass.post.id, w)).toEqual([]);
    expect(await judged('SocialWorkerPost', led(BEFORE), ass.post.id, w)).toEqual([
      {
        code: 'POST_HIERARCHY',
        field: 'technicalSuperiorId',
        message:
          'Le supérieur technique d’un poste d’assistant de service social est un poste de conseiller technique régional ou conseiller technique coordonnateur de l’administration centrale : le 30/06/2025, ce poste est un poste d’assistant de service social et le supérieur choisi un poste d’assistant de service social.',
      },
    ]);
  });

  it('an assignment: the post’s kind and the agent’s category on its first day', async () => {
    const assignment = (agentId: string, postId: string, validFrom: string) => ({
      postId,
      agentId,
      workQuota: 1,
      employingMinistryId: interiorId,
      validFrom,
      validTo: validFrom,
    });
    // An ASS of category A holds the post while it is an ASS post, not from the day it is a CTR's.
    expect(await judged('PostAssignment', assignment(worker.id, promoted.id, BEFORE))).toEqual([]);
    const refused = await judged('PostAssignment', assignment(worker.id, promoted.id, D));
    expect(refused.map((r) => [r.code, r.field])).toEqual([['POST_QUALIFICATION', 'agentId']]);
    expect(refused[0].message).toMatch(/^Un poste de conseiller technique régional requiert, le 01\/07\/2025, un agent de catégorie A /);
    // The agent promoted to category A on D: an ASS post from D, not from D−1 (category B then).
    const vacant = await post(app.em(), s35);
    expect(await judged('PostAssignment', assignment(promotedWorker.id, vacant.id, D))).toEqual([]);
    const early = await judged('PostAssignment', assignment(promotedWorker.id, vacant.id, BEFORE));
    expect(early.map((r) => [r.code, r.field])).toEqual([['POST_QUALIFICATION', 'agentId']]);
    expect(early[0].message).toMatch(/^Un poste d’assistant de service social requiert, le 30\/06\/2025, un agent de catégorie A /);
    expect(early[0].message).toContain('est de catégorie B');
  });

  it('a replacement: both posts’ kinds on its first day', async () => {
    const replacement = (validFrom: string) => ({
      postId: promoted.id,
      replacingId: ass.assignment.id,
      reason: 'VACANCY',
      validFrom,
      validTo: validFrom,
    });
    expect(await judged('Replacement', replacement(BEFORE))).toEqual([]);
    expect(await judged('Replacement', replacement(D))).toEqual([
      {
        code: 'REPLACEMENT_KIND',
        field: 'replacingId',
        message:
          'Un poste est remplacé par un agent occupant un poste de même nature : le 01/07/2025, premier jour du remplacement, le poste remplacé est un poste de conseiller technique régional et celui du remplaçant un poste d’assistant de service social.',
      },
    ]);
  });
});
