import type { EntityManager } from '@mikro-orm/postgresql';
import { representations } from '../../../schema/representations';
import { INSEE_CODES } from '../../../seeds/reference/insee';
import { CrudService, type PreparedRow, valueOf } from '../shared/crud.service';
import { violation } from '../shared/errors';
import { frCount } from '../shared/french';
import { Affectation } from './affectation.entity';
import { Department } from './department.entity';
import { DesignatingAuthority, ServiceKind } from './enums';
import { Ministry } from './ministry.entity';
import { OverseasCollectivity } from './overseas-collectivity.entity';
import type {
  CodeNameInput,
  DepartmentInput,
  MinistryInput,
  RegionInput,
  ServiceHeadcountInput,
  ServiceInput,
  ServiceSiteInput,
} from './referential.types';
import {
  designatingAuthorityRule,
  headcountOverlapRule,
  inseeCodeRule,
  nonNegativeRule,
  parentCycleRule,
  type Period,
  postalCodeRule,
} from './referential.rules';
import { Region } from './region.entity';
import { ServiceHeadcount } from './service-headcount.entity';
import { ServiceSite } from './service-site.entity';
import { Service } from './service.entity';
import { SERVICE_VERSIONS } from './versions';

const codeName = { sortable: ['code', 'name'], dated: false };

export const regions = new CrudService<Region, RegionInput>({
  entity: Region,
  label: 'Région',
  representation: representations.Region,
  fields: { code: 'Code INSEE', name: 'Nom', overseas: 'Outre-mer' },
  list: codeName,
  required: ['code', 'name'],
  unique: ['code'],
  check: (row) => inseeCodeRule(row.values.code, INSEE_CODES.region, 'une région'),
  beforeDelete: async (em, region) =>
    (await em.count(Department, { region }))
      ? [violation('id', 'REGION_HAS_DEPARTMENTS', 'Cette région a des départements : supprimez-les ou rattachez-les ailleurs d’abord.')]
      : [],
});

export const departments = new CrudService<Department, DepartmentInput>({
  entity: Department,
  label: 'Département',
  representation: representations.Department,
  fields: { code: 'Code INSEE', name: 'Nom', regionId: 'Région' },
  list: { ...codeName, sortable: ['code', 'name', 'region.name'] },
  required: ['code', 'name', 'regionId'],
  unique: ['code'],
  check: (row) => inseeCodeRule(row.values.code, INSEE_CODES.department, 'un département'),
  beforeDelete: async (em, department) =>
    (await em.count(Service, { department }))
      ? [violation('id', 'DEPARTMENT_HAS_SERVICES', 'Ce département a des services : il ne peut pas être supprimé.')]
      : [],
});

export const overseasCollectivities = new CrudService<OverseasCollectivity, CodeNameInput>({
  entity: OverseasCollectivity,
  label: 'Collectivité d’outre-mer',
  representation: representations.OverseasCollectivity,
  fields: { code: 'Code INSEE', name: 'Nom' },
  list: codeName,
  required: ['code', 'name'],
  unique: ['code'],
  check: (row) => inseeCodeRule(row.values.code, INSEE_CODES.collectivity, 'une collectivité d’outre-mer'),
});

export const ministries = new CrudService<Ministry, MinistryInput>({
  entity: Ministry,
  label: 'Ministère',
  representation: representations.Ministry,
  fields: { code: 'Code', name: 'Nom', interior: 'Ministère de l’Intérieur' },
  list: codeName,
  required: ['code', 'name'],
  unique: ['code'],
});

/** Every service's parent, with the batch's own moves applied: what the cycle rule walks. */
async function parentMap(em: EntityManager, rows: PreparedRow<Service, ServiceInput>[]): Promise<Map<string, string | null>> {
  const all = await em.getConnection().execute<{ id: string; parent_id: string | null }[]>('select id, parent_id from service');
  const parents = new Map(all.map((s) => [s.id, s.parent_id]));
  for (const row of rows) if (row.existing && row.values.parentId !== undefined) parents.set(row.existing.id, row.values.parentId);
  return parents;
}

export const services = new CrudService<Service, ServiceInput, Map<string, string | null>>({
  entity: Service,
  label: 'Service',
  representation: representations.Service,
  fields: {
    code: 'Code',
    name: 'Nom',
    kind: 'Type de service',
    parentId: 'Service parent',
    departmentId: 'Département',
    overseasCollectivityId: 'Collectivité d’outre-mer',
    designatingAuthority: 'Autorité de désignation',
    ministryId: 'Ministère',
    excludedFromNetwork: 'Hors réseau',
    validFrom: 'Date de début',
    validTo: 'Date de fin',
    effectiveDate: 'Date d’effet',
    effectiveUntil: 'Jusqu’au',
  },
  versions: SERVICE_VERSIONS,
  list: {
    sortable: ['code', 'name', 'kind', 'validFrom', 'validTo', 'department.code'],
    dated: true,
    custom: { rootsOnly: (only: boolean) => (only ? { parent: null } : {}) },
  },
  required: ['code', 'name', 'kind', 'designatingAuthority', 'ministryId', 'validFrom'],
  unique: ['code'],
  prepare: parentMap,
  check: (row, parents) => {
    const kind = valueOf(row, 'kind') as ServiceKind | undefined;
    const authority = valueOf(row, 'designatingAuthority') as DesignatingAuthority | undefined;
    const local = !!valueOf(row, 'departmentId') || !!valueOf(row, 'overseasCollectivityId');
    return [
      ...parentCycleRule(row.existing?.id, row.values.parentId, parents),
      ...(kind && authority ? designatingAuthorityRule(kind, local, authority) : []),
    ];
  },
  beforeDelete: async (em, service) => {
    const [children, agents] = await Promise.all([em.count(Service, { parent: service }), em.count(Affectation, { service })]);
    if (children)
      return [
        violation(
          'id',
          'SERVICE_HAS_CHILDREN',
          `Ce service a ${frCount(children, 'sous-service : rattachez-le', 'sous-services : rattachez-les')} ailleurs d’abord.`,
        ),
      ];
    if (agents)
      return [
        violation(
          'id',
          'SERVICE_HAS_AGENTS',
          `Des agents sont ou ont été affectés à ce service (${frCount(agents, 'affectation', 'affectations')}) : il ne peut pas être supprimé ; fermez-le avec une date de fin.`,
        ),
      ];
    return [];
  },
});

export const serviceSites = new CrudService<ServiceSite, ServiceSiteInput>({
  entity: ServiceSite,
  label: 'Site',
  fields: { serviceId: 'Service', label: 'Libellé', address: 'Adresse', postalCode: 'Code postal', city: 'Commune' },
  list: { sortable: ['label', 'city', 'postalCode'], dated: false },
  required: ['serviceId', 'label', 'address', 'postalCode', 'city'],
  check: (row) => postalCodeRule(row.values.postalCode),
});

function headcountPeriod(row: PreparedRow<ServiceHeadcount, ServiceHeadcountInput>): { key: string; period: Period } {
  return {
    key: `${valueOf(row, 'serviceId')}:${valueOf(row, 'population')}`,
    period: {
      id: row.existing?.id ?? `row-${row.index}`,
      validFrom: valueOf(row, 'validFrom') as string,
      validTo: (valueOf(row, 'validTo') as string | null) ?? null,
    },
  };
}

export const serviceHeadcounts = new CrudService<ServiceHeadcount, ServiceHeadcountInput, { key: string; period: Period }[]>({
  entity: ServiceHeadcount,
  label: 'Effectif',
  fields: { serviceId: 'Service', population: 'Population', count: 'Effectif', validFrom: 'Date de début', validTo: 'Date de fin' },
  list: { sortable: ['population', 'count', 'validFrom'], dated: true },
  required: ['serviceId', 'population', 'count', 'validFrom'],
  // Stored periods of the rows' services (as the batch changes them) and the batch's new ones, for the overlap rule.
  prepare: async (em, rows) => {
    const services = rows.map((r) => valueOf(r, 'serviceId')).filter((id): id is string => typeof id === 'string');
    const changed = new Set(rows.map((r) => r.existing?.id));
    const stored = services.length ? await em.find(ServiceHeadcount, { service: { $in: services } }) : [];
    return [
      ...stored
        .filter((h) => !changed.has(h.id))
        .map((h) => ({ key: `${h.service.id}:${h.population}`, period: { id: h.id, validFrom: h.validFrom, validTo: h.validTo } })),
      ...rows.map(headcountPeriod),
    ];
  },
  check: (row, periods) => {
    const self = headcountPeriod(row);
    const others = periods.filter((p) => p.key === self.key).map((p) => p.period);
    return [
      ...nonNegativeRule('count', row.values.count, 'Effectif'),
      ...(self.period.validFrom ? headcountOverlapRule(self.period, others) : []),
    ];
  },
});
