import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../api/src/access/roles';
import { ConventionScope } from '../../api/src/conventions/convention-scope.entity';
import { Convention } from '../../api/src/conventions/convention.entity';
import { AllocationTarget, ConventionBasis, ConventionKind } from '../../api/src/conventions/enums';
import { TimeAllocation } from '../../api/src/conventions/time-allocation.entity';
import { PostKind } from '../../api/src/network/enums';
import { PostAssignment } from '../../api/src/network/post-assignment.entity';
import { initTestApp, type TestApp } from '../support/app';
import { department, interior, serviceWithAgents } from '../support/fixtures';
import { heldPost, post, socialWorker } from '../support/network';
import { rawAccess } from '../support/raw';

/*
 * The network's two indicators on the home page (issue 13 item 2): posts no one holds, and assignments whose time
 * allocations in force do not sum to 1, as of any date, over what the caller can list.
 */

let app: TestApp;
const { sql, gqlOk } = rawAccess(() => app);
const ids: Record<string, string> = {};
const BEFORE = '2025-06-01';
const AFTER = '2026-03-01';
/** Between the two: a vacant ASS post becomes a CTR post. */
const BECOMES_CTR = '2026-01-01';

const QUERY = `query($asOf: Date, $departmentId: ID) {
  vacantPosts(asOf: $asOf, departmentId: $departmentId) { post { id code } department { code } lastHeldOn }
  allocationsNotSummingToOne(asOf: $asOf, departmentId: $departmentId) { assignment { id } post { id } department { code } total }
}`;

beforeAll(async () => {
  app = await initTestApp();
  const em = app.em();
  const [s35, s22] = [await serviceWithAgents(em, '35', 0), await serviceWithAgents(em, '22', 0)];
  // Held throughout, its time divided 0,8 + 0,2 until the end of 2025, then 0,8 alone (the function share ended).
  const held = await heldPost(em, s35, 1);
  // Never held; and a closed post never held (not in force: not vacant).
  const never = await post(em, s35);
  await post(em, s35, undefined, { validTo: '2024-12-31' });
  // In Côtes-d'Armor, held until the end of 2025.
  const left = await post(em, s22);
  em.create(PostAssignment, {
    post: left,
    agent: await socialWorker(em, s22),
    workQuota: 1,
    employingMinistry: await interior(em),
    validFrom: '2020-01-01',
    validTo: '2025-12-31',
  });
  // Vacant posts of the other kinds: not ASS posts, never listed [DOMAIN §5].
  await post(em, s35, PostKind.CTR);
  await post(em, s35, PostKind.CTN);
  // Vacant, an ASS post until 31/12/2025, a CTR post from then (its kind as of each day read).
  const becomesCtr = await post(em, s35);
  // Held, 0,7 given to its service and nothing else, all along (data taken over before the sum rule).
  const short = await heldPost(em, s35, 0.8);

  const convention = (p: typeof held.post, reference: string) => {
    const c = em.create(Convention, {
      reference,
      title: `Secteur ${reference}`,
      kind: ConventionKind.ASS_SERVICE,
      basis: ConventionBasis.CTR_DECISION,
      post: p,
      validFrom: '2020-01-01',
    });
    em.create(ConventionScope, { convention: c, validFrom: c.validFrom, service: s35 });
    return c;
  };
  const c1 = convention(held.post, 'IND-1');
  em.create(TimeAllocation, {
    convention: c1,
    assignment: held.assignment,
    targetKind: AllocationTarget.SERVICE,
    service: s35,
    share: 0.8,
    validFrom: '2020-01-01',
  });
  em.create(TimeAllocation, {
    convention: c1,
    assignment: held.assignment,
    targetKind: AllocationTarget.FUNCTION,
    share: 0.2,
    validFrom: '2020-01-01',
    validTo: '2025-12-31',
  });
  const c2 = convention(short.post, 'IND-2');
  em.create(TimeAllocation, {
    convention: c2,
    assignment: short.assignment,
    targetKind: AllocationTarget.SERVICE,
    service: s35,
    share: 0.7,
    validFrom: '2020-01-01',
  });
  await em.flush();
  const [{ version }] = await sql<{ version: number }>(`select version from social_worker_post where id = ?`, [becomesCtr.id]);
  await gqlOk(
    `mutation($id: ID!, $v: Int!, $input: SocialWorkerPostInput!) { updateSocialWorkerPost(id: $id, version: $v, input: $input) { id } }`,
    { id: becomesCtr.id, v: version, input: { kind: 'CTR', budgetProgramme: 216, effectiveDate: BECOMES_CTR } },
  );
  Object.assign(ids, {
    becomesCtr: becomesCtr.id,
    never: never.id,
    left: left.id,
    held: held.assignment.id,
    short: short.assignment.id,
    heldPost: held.post.id,
    shortPost: short.post.id,
    d35: (await department(em, '35')).id,
  });
});
afterAll(() => app.close());

type Result = {
  vacantPosts: { post: { id: string }; department: { code: string }; lastHeldOn: string | null }[];
  allocationsNotSummingToOne: { assignment: { id: string }; post: { id: string }; department: { code: string }; total: number }[];
};

describe('network indicators', () => {
  it('lists the ASS posts in force no one holds (their kind that day), with the day their last holder left', async () => {
    const before = (await app.gql<Result>(QUERY, { asOf: BEFORE })).data!;
    // Sorted here: the list is by post code, and the codes are made in sequence.
    expect(before.vacantPosts.map((v) => [v.post.id, v.department.code, v.lastHeldOn]).sort()).toEqual(
      [
        [ids.never, '35', null],
        [ids.becomesCtr, '35', null],
      ].sort(),
    );
    const after = (await app.gql<Result>(QUERY, { asOf: AFTER })).data!;
    expect(after.vacantPosts.map((v) => [v.post.id, v.department.code, v.lastHeldOn])).toEqual([
      [ids.left, '22', '2025-12-31'],
      [ids.never, '35', null],
    ]);
  });

  it('lists the assignments whose shares in force do not sum to 1, with their sum', async () => {
    const before = (await app.gql<Result>(QUERY, { asOf: BEFORE })).data!;
    expect(before.allocationsNotSummingToOne).toEqual([
      { assignment: { id: ids.short }, post: { id: ids.shortPost }, department: { code: '35' }, total: 0.7 },
    ]);
    const after = (await app.gql<Result>(QUERY, { asOf: AFTER })).data!;
    expect(after.allocationsNotSummingToOne.map((a) => [a.assignment.id, a.total]).sort()).toEqual(
      [
        [ids.held, 0.8],
        [ids.short, 0.7],
      ].sort(),
    );
  });

  it('keeps to a department when asked, and to what the caller can list', async () => {
    const only35 = (await app.gql<Result>(QUERY, { asOf: AFTER, departmentId: ids.d35 })).data!;
    expect(only35.vacantPosts.map((v) => v.post.id)).toEqual([ids.never]);
    const admin22 = app.as({ subject: 'admin.22@interieur.gouv.fr', role: Role.DEPARTMENTAL_ADMIN, perimeter: ['22'] });
    const seen = (await admin22<Result>(QUERY, { asOf: AFTER })).data!;
    expect(seen.vacantPosts.map((v) => v.post.id)).toEqual([ids.left]);
    expect(seen.allocationsNotSummingToOne).toEqual([]);
  });
});
