import type { EntityManager } from '@mikro-orm/postgresql';
import { PostKind } from '../network/enums';
import { PostAssignment } from '../network/post-assignment.entity';
import { PostSector } from '../network/post-sector.entity';
import { Region } from '../referential/region.entity';
import { Service } from '../referential/service.entity';
import { CrudService, type PreparedRow, referenced, valueOf } from '../shared/crud.service';
import { errorsOf, type Violation } from '../shared/errors';
import type { IsoDate } from '../shared/scalars';
import { Convention } from './convention.entity';
import { ConventionScope } from './convention-scope.entity';
import {
  type Allocation,
  allocationPeriodRule,
  conventionPostRule,
  functionShareMissingRule,
  functionShareRule,
  postQuotaRule,
  type RegionSector,
  secondRegionRule,
  shareRangeRule,
  shareSumRule,
  targetRule,
  type ZoneEntry,
  zoneDuring,
  zoneRule,
} from './conventions.rules';
import type { TimeAllocationInput } from './conventions.types';
import { AllocationTarget, ConventionKind } from './enums';
import { TimeAllocation } from './time-allocation.entity';

type Row = PreparedRow<TimeAllocation, TimeAllocationInput>;

interface Facts {
  conventions: Map<string, Convention>;
  zones: Map<string, ZoneEntry[]>;
  assignments: Map<string, PostAssignment>;
  services: Map<string, Service>;
  regions: Map<string, Region>;
  /** The region sectors of the batch's CTR posts, by post [004 §II.2]. */
  sectors: Map<string, RegionSector[]>;
  /** Every allocation of the batch's posts (hence of its assignments): stored ones as the batch leaves them, and the batch's rows. */
  allocations: Allocation[];
}

const str = (row: Row, field: string) => (valueOf(row, field) as string | null | undefined) ?? null;

function targetLabel(
  kind: string | null,
  service: { code: string } | null | undefined,
  region: { code: string } | null | undefined,
): string {
  if (kind === AllocationTarget.FUNCTION) return 'fonction';
  if (service) return service.code;
  return region ? `région ${region.code}` : '?';
}

function rowAllocation(row: Row, facts: Pick<Facts, 'assignments' | 'services' | 'regions'>): Allocation | null {
  const assignment = facts.assignments.get(str(row, 'assignmentId') ?? '');
  const share = valueOf(row, 'share') as number | undefined;
  const validFrom = str(row, 'validFrom');
  if (!assignment || share === undefined || !validFrom) return null;
  return {
    key: row.existing?.id ?? `row-${row.index}`,
    row: row.index,
    assignmentId: assignment.id,
    conventionId: str(row, 'conventionId') ?? '',
    postId: assignment.post.id,
    quota: assignment.workQuota,
    share,
    isFunction: str(row, 'targetKind') === AllocationTarget.FUNCTION,
    validFrom: validFrom as IsoDate,
    validTo: str(row, 'validTo'),
    target: targetLabel(
      str(row, 'targetKind'),
      facts.services.get(str(row, 'serviceId') ?? ''),
      facts.regions.get(str(row, 'regionId') ?? ''),
    ),
  };
}

/** The dated zones of conventions (every entry, with its dates), in one query. */
async function zonesOf(em: EntityManager, conventionIds: string[]): Promise<Map<string, ZoneEntry[]>> {
  const scopes = conventionIds.length ? await em.find(ConventionScope, { convention: { $in: conventionIds } }) : [];
  const zones = new Map<string, ZoneEntry[]>(conventionIds.map((id) => [id, []]));
  for (const s of scopes)
    zones.get(s.convention.id)!.push({
      serviceId: s.service?.id ?? null,
      departmentId: s.department?.id ?? null,
      regionId: s.region?.id ?? null,
      countedWithId: s.countedWith?.id ?? null,
      validFrom: s.validFrom,
      validTo: s.validTo,
    });
  return zones;
}

async function prepare(em: EntityManager, rows: Row[]): Promise<Facts> {
  const conventions = await referenced(em, Convention, rows, 'conventionId');
  const assignments = await referenced(em, PostAssignment, rows, 'assignmentId');
  await em.populate([...assignments.values()], ['post']);
  const postIds = [...new Set([...assignments.values()].map((a) => a.post.id))];
  const changed = new Set(rows.map((r) => r.existing?.id));
  const stored = postIds.length
    ? await em.find(TimeAllocation, { assignment: { post: { $in: postIds } } }, { populate: ['assignment', 'service', 'region'] })
    : [];
  const services = await referenced(em, Service, rows, 'serviceId');
  await em.populate([...services.values()], ['department.region']);
  const zones = await zonesOf(em, [...conventions.keys()]);
  const mains = [...zones.values()].flatMap((z) => z.map((e) => e.countedWithId)).filter((id): id is string => !!id && !services.has(id));
  for (const s of mains.length ? await em.find(Service, { id: { $in: mains } }, { populate: ['department'] }) : []) services.set(s.id, s);
  const ctrPosts = [...assignments.values()].filter((a) => a.post.kind === PostKind.CTR).map((a) => a.post.id);
  const sectorRows = ctrPosts.length ? await em.find(PostSector, { post: { $in: ctrPosts }, region: { $ne: null } }) : [];
  const sectors = new Map<string, RegionSector[]>();
  for (const s of sectorRows) {
    sectors.set(s.post.id, [
      ...(sectors.get(s.post.id) ?? []),
      {
        regionId: s.region!.id,
        temporary: s.temporary,
        decisionReference: s.decisionReference,
        validFrom: s.validFrom,
        validTo: s.validTo,
      },
    ]);
  }
  const facts = { conventions, zones, assignments, services, sectors, regions: await referenced(em, Region, rows, 'regionId') };
  const allocations: Allocation[] = [
    ...stored
      .filter((a) => !changed.has(a.id))
      .map((a) => ({
        key: a.id,
        assignmentId: a.assignment.id,
        conventionId: a.convention.id,
        postId: a.assignment.post.id,
        quota: a.assignment.workQuota,
        share: a.share,
        isFunction: a.targetKind === AllocationTarget.FUNCTION,
        validFrom: a.validFrom,
        validTo: a.validTo,
        target: targetLabel(a.targetKind, a.service, a.region),
      })),
    ...rows.map((r) => rowAllocation(r, facts)).filter((a): a is Allocation => a !== null),
  ];
  return { ...facts, allocations };
}

/** Time of a CTR to a region, or to a service of a region the post holds as a sector, stays within that sector's dates [004 §II.2]. */
function ctrRegionRule(self: Allocation, region: Region | null, service: Service | null, sectors: RegionSector[]): Violation[] {
  if (region) return secondRegionRule(self, region, sectors);
  const of = service?.department?.region;
  if (!of || !sectors.some((s) => s.regionId === of.id)) return [];
  return secondRegionRule(self, { id: of.id, code: of.code }, sectors).map((v) => ({
    ...v,
    field: v.field === 'regionId' ? 'serviceId' : v.field,
  }));
}

function check(row: Row, facts: Facts): Violation[] {
  const convention = facts.conventions.get(str(row, 'conventionId') ?? '');
  const assignment = facts.assignments.get(str(row, 'assignmentId') ?? '');
  const kind = str(row, 'targetKind') as AllocationTarget | null;
  const share = valueOf(row, 'share') as number | undefined;
  const serviceId = str(row, 'serviceId');
  const regionId = str(row, 'regionId');
  const self = rowAllocation(row, facts);
  const out = shareRangeRule(row.values.share);
  if (!convention || !assignment || !kind || !self) return out;
  out.push(...targetRule(convention.kind, kind, serviceId, regionId));
  out.push(...conventionPostRule(convention.kind, convention.post?.id ?? null, assignment.post.id));
  out.push(...allocationPeriodRule(self, convention, assignment));
  const service = facts.services.get(serviceId ?? '');
  const region = facts.regions.get(regionId ?? '');
  if (service || region) {
    const entries = facts.zones.get(convention.id)!;
    const main = service ? facts.services.get(zoneDuring(entries, self).services.get(service.id) ?? '') : undefined;
    const target = service
      ? {
          serviceId: service.id,
          code: service.code,
          departmentId: service.department?.id ?? null,
          regionId: service.department?.region.id ?? null,
        }
      : { serviceId: null, code: region!.code, departmentId: null, regionId: region!.id };
    out.push(...zoneRule(entries, target, self, main?.code));
    if (assignment.post.kind === PostKind.CTR)
      out.push(...ctrRegionRule(self, region ?? null, service ?? null, facts.sectors.get(assignment.post.id) ?? []));
  }
  if (kind === AllocationTarget.FUNCTION && share !== undefined && convention.kind !== ConventionKind.INTERMINISTERIAL) {
    out.push(...functionShareRule(share, convention.functionShareGuideline, convention.functionShareTolerance));
  }
  if (errorsOf(out).length) return out;
  // Sums over time, with the other allocations of the same assignment and of the same post, wherever they are.
  out.push(
    ...shareSumRule(
      self,
      facts.allocations.filter((a) => a.assignmentId === self.assignmentId),
    ),
  );
  out.push(
    ...postQuotaRule(
      self,
      facts.allocations.filter((a) => a.postId === self.postId),
      assignment.post.etp,
    ),
  );
  if (convention.kind === ConventionKind.ASS_SERVICE) {
    out.push(
      ...functionShareMissingRule(
        self,
        facts.allocations.filter((a) => a.conventionId === convention.id),
        convention.functionShareGuideline,
      ),
    );
  }
  return out;
}

export const timeAllocations = new CrudService<TimeAllocation, TimeAllocationInput, Facts>({
  entity: TimeAllocation,
  label: 'Part de temps',
  fields: {
    conventionId: 'Convention',
    assignmentId: 'Affectation sur le poste',
    targetKind: 'Destination',
    serviceId: 'Service',
    regionId: 'Région',
    share: 'Part du temps',
    validFrom: 'Date de début',
    validTo: 'Date de fin',
  },
  list: { sortable: ['validFrom', 'validTo', 'share', 'targetKind'], dated: true },
  required: ['conventionId', 'assignmentId', 'targetKind', 'share', 'validFrom'],
  prepare,
  check,
});
