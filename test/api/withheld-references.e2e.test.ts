import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConventionScope } from '../../api/src/conventions/convention-scope.entity';
import { Convention } from '../../api/src/conventions/convention.entity';
import { AllocationTarget, ConventionBasis, ConventionKind, ServiceDirection } from '../../api/src/conventions/enums';
import { TimeAllocation } from '../../api/src/conventions/time-allocation.entity';
import { Population } from '../../api/src/referential/enums';
import { Ministry } from '../../api/src/referential/ministry.entity';
import type { Service } from '../../api/src/referential/service.entity';
import { initTestApp, type TestApp } from '../support/app';
import { serviceWithAgents } from '../support/fixtures';
import { heldAcrossDepartments, heldPost } from '../support/network';
import { ADMIN_75, PARTNER } from '../support/principals';

/*
 * Issue 12 item 4a: a record the caller may read whose reference points to a record it may not read. The policy
 * (README, « Withheld references »): the reference reads null — never a failed query — and the response says why in
 * `extensions.withheld`; every such field is nullable (policy.test.ts checks the schema against the access policy).
 */
const ASOF = '2026-03-01';

let app: TestApp;
let ddt: Service;
let prefecture: Service;
let conventionId: string;

beforeAll(async () => {
  app = await initTestApp();
  const em = app.em();
  const agriculture = await em.findOneOrFail(Ministry, { code: 'AGRICULTURE' });
  ddt = await serviceWithAgents(em, '35', 0);
  prefecture = await serviceWithAgents(em, '35', 0);
  // The ASS lives in the prefecture (not covered) and gives 0.3 of its time to the partner's DDT (covered).
  const { assignment } = await heldPost(em, prefecture, 1);
  const convention = em.create(Convention, {
    reference: 'CI-AGRI-35',
    title: 'Convention Agriculture 35',
    kind: ConventionKind.INTERMINISTERIAL,
    basis: ConventionBasis.CONVENTION,
    partnerMinistry: agriculture,
    direction: ServiceDirection.INTERIOR_SERVES_PARTNER,
    populations: [Population.OTHER_ADMINISTRATION],
    validFrom: '2025-01-01',
  });
  em.create(ConventionScope, { convention, validFrom: convention.validFrom, service: ddt });
  em.create(TimeAllocation, {
    convention,
    assignment,
    targetKind: AllocationTarget.SERVICE,
    service: ddt,
    share: 0.3,
    validFrom: '2025-01-01',
  });
  // A post of the DDT itself (covered), held by an agent of a population the convention does not name.
  const own = await heldPost(em, ddt, 0.5);
  await em.flush();
  conventionId = convention.id;
  expect(own.agent.population).toBe(Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC);
});
afterAll(() => app.close());

const WITHHELD_ASSIGNMENT = {
  field: 'TimeAllocation.assignment',
  message:
    'Référence non communiquée : « Affectation sur le poste » (Part de temps) est hors de votre périmètre ou du champ de vos conventions.',
};

describe('a reference the caller may not follow is withheld, not an error', () => {
  it('partner: a time allocation of its convention, whose post assignment it may not read, through every path to it', async () => {
    const partner = app.as(PARTNER);
    const [allocation] = await app.em().find(TimeAllocation, { convention: conventionId });
    const paths: [string, (data: Record<string, any>) => unknown][] = [
      [
        `{ timeAllocations(asOf: "${ASOF}") { items { share convention { reference } assignment { workQuota agent { lastName } post { code } } } } }`,
        (d) => d.timeAllocations.items,
      ],
      [`{ timeAllocation(id: "${allocation.id}") { share convention { reference } assignment { workQuota } } }`, (d) => [d.timeAllocation]],
      [
        `{ conventions(asOf: "${ASOF}") { items { allocations(asOf: "${ASOF}") { share convention { reference } assignment { workQuota } } } } }`,
        (d) => d.conventions.items[0].allocations,
      ],
    ];
    for (const [query, items] of paths) {
      const result = await partner(query);
      expect(result.errors, query).toBeUndefined();
      expect(items(result.data!), query).toEqual([
        expect.objectContaining({ share: 0.3, convention: { reference: 'CI-AGRI-35' }, assignment: null }),
      ]);
      expect((result as { extensions?: Record<string, unknown> }).extensions?.withheld, query).toEqual([
        { ...WITHHELD_ASSIGNMENT, count: 1 },
      ]);
    }
    // What the national administration reads is whole, and says nothing is withheld.
    const national = await app.gql(paths[0][0]);
    expect(national.data!.timeAllocations.items[0].assignment).toMatchObject({ workQuota: 1 });
    expect((national as { extensions?: Record<string, unknown> }).extensions?.withheld).toBeUndefined();
  });

  it('partner: a post assignment of a covered service whose agent is of a population its convention does not name', async () => {
    const result = await app.as(PARTNER)(
      `query($s: ID!) { socialWorkerPosts(filter: { residenceId: $s }) { items { code assignments { workQuota agent { lastName } } } } }`,
      { s: ddt.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.socialWorkerPosts.items).toEqual([expect.objectContaining({ assignments: [{ workQuota: 0.5, agent: null }] })]);
    expect((result as { extensions?: Record<string, any> }).extensions?.withheld).toEqual([
      {
        field: 'PostAssignment.agent',
        count: 1,
        message:
          'Référence non communiquée : « Agent » (Affectation sur un poste) est hors de votre périmètre ou du champ de vos conventions.',
      },
    ]);
  });

  it('departmental administrator: a post of its department held by an agent of another department', async () => {
    const { post } = await heldAcrossDepartments(app.em());
    const result = await app.as(ADMIN_75)(
      `query($id: ID!) { socialWorkerPost(id: $id) { assignments { workQuota agent { registrationNumber } } } }`,
      { id: post.id },
    );
    expect(result.errors).toBeUndefined();
    const assignments = result.data!.socialWorkerPost.assignments as { workQuota: number; agent: unknown }[];
    expect(assignments.sort((a, b) => a.workQuota - b.workQuota)).toEqual([
      { workQuota: 0.2, agent: null },
      { workQuota: 1, agent: expect.objectContaining({ registrationNumber: expect.any(String) }) },
    ]);
    expect((result as { extensions?: Record<string, any> }).extensions?.withheld).toEqual([
      expect.objectContaining({ field: 'PostAssignment.agent', count: 1 }),
    ]);
  });
});
