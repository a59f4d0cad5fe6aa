import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Principal, Role } from '../../api/src/access/roles';
import { ConventionScope } from '../../api/src/conventions/convention-scope.entity';
import { Convention } from '../../api/src/conventions/convention.entity';
import { AllocationTarget, ConventionBasis, ConventionKind, ServiceDirection } from '../../api/src/conventions/enums';
import { TimeAllocation } from '../../api/src/conventions/time-allocation.entity';
import { Population } from '../../api/src/referential/enums';
import { Ministry } from '../../api/src/referential/ministry.entity';
import { ServiceHeadcount } from '../../api/src/referential/service-headcount.entity';
import { initTestApp, NATIONAL, type TestApp } from '../support/app';
import { department, serviceWithAgents } from '../support/fixtures';
import { heldPost, post } from '../support/network';
import { ADMIN_75, ANALYST, PARTNER } from '../support/principals';

/*
 * Issue 12 item 4b: every aggregate, for every role, is computed over exactly the rows that role can list. For each
 * role, each aggregate is compared with what that role's own lists add up to (department 35: 100 agents declared,
 * 17 of them in the partner's covered service).
 */

const ASOF = '2026-03-01';
const ROLES: Record<string, Principal> = {
  national: NATIONAL,
  analyst: ANALYST,
  'admin 35': { subject: 'admin.35@interieur.gouv.fr', role: Role.DEPARTMENTAL_ADMIN, perimeter: ['35'] },
  'admin 75': ADMIN_75,
  'CTR Bretagne': { subject: 'ctr.bretagne@interieur.gouv.fr', role: Role.REGIONAL_CTR, perimeter: ['53'] },
  partner: PARTNER,
};

let app: TestApp;
let d35: string;
let conventionId: string;
const round = (n: number) => Math.round(n * 1e6) / 1e6;

beforeAll(async () => {
  app = await initTestApp();
  const em = app.em();
  const agriculture = await em.findOneOrFail(Ministry, { code: 'AGRICULTURE' });
  d35 = (await department(em, '35')).id;
  const ddt = await serviceWithAgents(em, '35', 0);
  const prefecture = await serviceWithAgents(em, '35', 0);
  const paris = await serviceWithAgents(em, '75', 0);
  em.create(ServiceHeadcount, { service: ddt, population: Population.OTHER_ADMINISTRATION, count: 17, validFrom: '2020-01-01' });
  em.create(ServiceHeadcount, {
    service: prefecture,
    population: Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC,
    count: 83,
    validFrom: '2020-01-01',
  });
  em.create(ServiceHeadcount, {
    service: paris,
    population: Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC,
    count: 40,
    validFrom: '2020-01-01',
  });
  const partnerConvention = em.create(Convention, {
    reference: 'CI-AGRI-35',
    title: 'Convention Agriculture 35',
    kind: ConventionKind.INTERMINISTERIAL,
    basis: ConventionBasis.CONVENTION,
    partnerMinistry: agriculture,
    direction: ServiceDirection.INTERIOR_SERVES_PARTNER,
    populations: [Population.OTHER_ADMINISTRATION],
    validFrom: '2025-01-01',
  });
  em.create(ConventionScope, { convention: partnerConvention, validFrom: partnerConvention.validFrom, service: ddt });
  // An ASS of the prefecture: 0.3 of its time to the partner's DDT, 0.7 to the prefecture under its own convention.
  const ass = await heldPost(em, prefecture, 1);
  const own = em.create(Convention, {
    reference: 'ASS-35',
    title: 'Secteur ASS 35',
    kind: ConventionKind.ASS_SERVICE,
    basis: ConventionBasis.CTR_DECISION,
    post: ass.post,
    validFrom: '2025-01-01',
  });
  em.create(TimeAllocation, {
    convention: partnerConvention,
    assignment: ass.assignment,
    targetKind: AllocationTarget.SERVICE,
    service: ddt,
    share: 0.3,
    validFrom: '2025-01-01',
  });
  em.create(TimeAllocation, {
    convention: own,
    assignment: ass.assignment,
    targetKind: AllocationTarget.SERVICE,
    service: prefecture,
    share: 0.7,
    validFrom: '2025-01-01',
  });
  // An ASS residing in the DDT with no allocation (counts for its residence), and one in Paris.
  await heldPost(em, ddt, 0.5);
  await heldPost(em, paris, 1);
  // A post no one holds, in each department (the vacant posts indicator).
  await post(em, ddt);
  await post(em, paris);
  await em.flush();
  conventionId = partnerConvention.id;
});
afterAll(() => app.close());

/** What a role's lists add up to, per department: network headcount and ASS ETP (allocated, or at the residence). */
async function fromLists(principal: Principal) {
  const as = app.as(principal);
  const { data, errors } = await as(`{
    serviceHeadcounts(asOf: "${ASOF}", limit: 500) { totalCount items { count population service { excludedFromNetwork department { id } } } }
    timeAllocations(asOf: "${ASOF}", limit: 500) { totalCount items { etp targetKind service { department { id } } } }
    postAssignments(asOf: "${ASOF}", limit: 500) { totalCount items { workQuota post { kind residence { department { id } } } allocations(asOf: "${ASOF}") { id } } }
  }`);
  expect(errors).toBeUndefined();
  const network = new Map<string, number>();
  for (const h of data!.serviceHeadcounts.items) {
    if (h.service.excludedFromNetwork || h.population === 'MILITARY_GENDARMERIE') continue;
    network.set(h.service.department.id, (network.get(h.service.department.id) ?? 0) + h.count);
  }
  const allocated = new Map<string, number>();
  for (const a of data!.timeAllocations.items)
    if (a.targetKind === 'SERVICE') allocated.set(a.service.department.id, (allocated.get(a.service.department.id) ?? 0) + a.etp);
  const etp = new Map(allocated);
  for (const a of data!.postAssignments.items) {
    if (a.post.kind === 'ASS' && !a.allocations.length)
      etp.set(a.post.residence.department.id, (etp.get(a.post.residence.department.id) ?? 0) + a.workQuota);
  }
  return { network, allocated, etp };
}

describe.each(Object.entries(ROLES))('aggregates over the rows the role lists (%s)', (_name, principal) => {
  it('department headcount and social worker ratio, region ratio, delivered ETP, convention coverage, correspondents’ indicators', async () => {
    const lists = await fromLists(principal);
    const { data, errors } = await app.as(principal)(
      `query($d: ID!, $c: [ID!]) {
      department(id: $d) { headcount(asOf: "${ASOF}") { network } socialWorkerRatio(asOf: "${ASOF}") { networkAgents socialWorkerEtp } region { code socialWorkerRatio(asOf: "${ASOF}") { networkAgents socialWorkerEtp } } }
      deliveredEtp(groupBy: DEPARTMENT, asOf: "${ASOF}", limit: 200) { items { id etp } }
      conventions(filter: { ids: $c }) { items { coverage(asOf: "${ASOF}") { etpAllocated headcount } allocations(asOf: "${ASOF}") { etp } } }
      implantationMaps { totalCount } mapCoverage(asOf: "${ASOF}") { map { id } }
    }`,
      { d: d35, c: [conventionId] },
    );
    expect(errors).toBeUndefined();
    const network = lists.network.get(d35) ?? 0;
    const etp = round(lists.etp.get(d35) ?? 0);
    expect(data!.department.headcount.network).toBe(network);
    expect(data!.department.socialWorkerRatio).toEqual({ networkAgents: network, socialWorkerEtp: etp });
    // Only department 35 of Brittany has data here: the region adds up to it.
    expect(data!.department.region.socialWorkerRatio).toEqual({ networkAgents: network, socialWorkerEtp: etp });
    const delivered = new Map((data!.deliveredEtp.items as { id: string; etp: number }[]).map((i) => [i.id, i.etp]));
    expect(delivered.get(d35) ?? 0).toBe(round(lists.allocated.get(d35) ?? 0));
    for (const convention of data!.conventions.items) {
      expect(convention.coverage.etpAllocated).toBe(
        round(convention.allocations.reduce((sum: number, a: { etp: number }) => sum + a.etp, 0)),
      );
    }
    expect(data!.mapCoverage.length).toBeLessThanOrEqual(data!.implantationMaps.totalCount);
  });

  it('vacant posts: exactly the ASS posts of its list that no one holds', async () => {
    const { data, errors } = await app.as(principal)(`{
      socialWorkerPosts(asOf: "${ASOF}", limit: 500) { items { id kind vacant(asOf: "${ASOF}") } }
      vacantPosts(asOf: "${ASOF}") { post { id } }
    }`);
    expect(errors).toBeUndefined();
    const listed = (data!.socialWorkerPosts.items as { id: string; kind: string; vacant: boolean }[])
      .filter((p) => p.vacant && p.kind === 'ASS')
      .map((p) => p.id)
      .sort();
    expect((data!.vacantPosts as { post: { id: string } }[]).map((v) => v.post.id).sort()).toEqual(listed);
  });
});

describe('the figures themselves (not only their agreement with the lists)', () => {
  it('partner: department 35 counts the 17 agents of its covered service and the ETP it can see; the national administration counts 100', async () => {
    const query = `query($d: ID!) { department(id: $d) { headcount(asOf: "${ASOF}") { network } socialWorkerRatio(asOf: "${ASOF}") { networkAgents socialWorkerEtp } } mapCoverage(asOf: "${ASOF}") { map { id } } }`;
    const partner = await app.as(ROLES.partner)(query, { d: d35 });
    expect(partner.data!.department).toEqual({
      headcount: { network: 17 },
      socialWorkerRatio: { networkAgents: 17, socialWorkerEtp: 0.8 },
    });
    expect(partner.data!.mapCoverage).toEqual([]);
    const national = await app.gql(query, { d: d35 });
    expect(national.data!.department).toEqual({
      headcount: { network: 100 },
      socialWorkerRatio: { networkAgents: 100, socialWorkerEtp: 1.5 },
    });
    const outsider = await app.as(ROLES['admin 75'])(query, { d: d35 });
    expect(outsider.data!.department).toEqual({ headcount: { network: 0 }, socialWorkerRatio: { networkAgents: 0, socialWorkerEtp: 0 } });
  });
});
