import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { networkExcludedBy } from './network-exclusion';
import type { Context } from '../context';
import { crudResolver } from '../shared/crud.resolver';
import { validOn } from '../shared/dated';
import { nestedLimit } from '../shared/list';
import { type ChildList, ChildListField, ReadsRootId } from '../shared/read/read-fields';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { Affectation } from './affectation.entity';
import { Agent } from './agent.entity';
import { agents } from './agent.service';
import { Department } from './department.entity';
import { Ministry } from './ministry.entity';
import { OverseasCollectivity } from './overseas-collectivity.entity';
import {
  AgentFilter,
  AgentInput,
  CodeNameFilter,
  CodeNameInput,
  DepartmentFilter,
  DepartmentInput,
  MinistryInput,
  RegionFilter,
  RegionInput,
  ServiceFilter,
  ServiceHeadcountFilter,
  ServiceHeadcountInput,
  ServiceInput,
  ServiceSiteFilter,
  ServiceSiteInput,
} from './referential.types';
import { departments, ministries, overseasCollectivities, regions, serviceHeadcounts, services, serviceSites } from './referential.service';
import { Region } from './region.entity';
import { ancestorsOf, HeadcountSummary, headcountsByDepartment, serviceAsOf } from './referential.repository';
import { ServiceHeadcount } from './service-headcount.entity';
import { ServiceSite } from './service-site.entity';
import { Service } from './service.entity';
import { RecordVersion, recordVersions } from '../shared/versions/record-versions';
import { AGENT_VERSIONS, SERVICE_VERSIONS } from './versions';
import { ReadDate, readDate } from '../shared/versions/read-date';

/** Nested lists are capped like top-level pages (`limit` defaults to 100); the loader reads only that page per parent. */
const nested = (limit: number, ctx: Context) => nestedLimit(limit, ctx.config.maxPageSize);

/** The child lists of the referential, each read by its field resolver and by the compiled read path alike. */
const REGION_DEPARTMENTS: ChildList<Department> = { entity: Department, foreignKey: 'region', orderBy: { code: 'asc' } };
const DEPARTMENT_SERVICES: ChildList<Service> = { entity: Service, foreignKey: 'department', orderBy: { code: 'asc' } };
const SERVICE_CHILDREN: ChildList<Service> = { entity: Service, foreignKey: 'parent', orderBy: { name: 'asc' } };
/** On a past date, the agents assigned to the service that day, from the assignment history. */
const SERVICE_AGENTS: ChildList<Agent> = {
  entity: Agent,
  foreignKey: 'service',
  orderBy: { lastName: 'asc', firstName: 'asc' },
  history: { entity: Affectation, foreignKey: 'service', target: 'agent' },
};
const SERVICE_SITES: ChildList<ServiceSite> = { entity: ServiceSite, foreignKey: 'service', orderBy: { label: 'asc' } };
const SERVICE_HEADCOUNTS: ChildList<ServiceHeadcount> = { entity: ServiceHeadcount, foreignKey: 'service', orderBy: { population: 'asc' } };
const AGENT_AFFECTATIONS: ChildList<Affectation> = { entity: Affectation, foreignKey: 'agent', orderBy: { validFrom: 'asc' } };

@Resolver(() => Region)
export class RegionResolver extends crudResolver({ type: 'Region', plural: 'regions' }, Region, RegionInput, RegionFilter, regions) {
  @FieldResolver(() => [Department], { description: 'Les départements de la région.' })
  @ChildListField(REGION_DEPARTMENTS)
  departments(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.childList(REGION_DEPARTMENTS, region.id);
  }
}

@Resolver(() => Department)
export class DepartmentResolver extends crudResolver(
  { type: 'Department', plural: 'departments' },
  Department,
  DepartmentInput,
  DepartmentFilter,
  departments,
) {
  @FieldResolver(() => [Service], { description: 'Les services situés dans le département (à la date asOf si elle est donnée).' })
  @ChildListField(DEPARTMENT_SERVICES)
  services(
    @Root() department: Department,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | undefined,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.childList(DEPARTMENT_SERVICES, department.id, { asOf, limit: nested(limit, ctx), day: readDate(info, asOf) });
  }

  @ReadsRootId()
  @FieldResolver(() => HeadcountSummary, {
    description: 'Les effectifs des services du département à la date de lecture, exclusions du réseau à part [004 §I].',
  })
  headcount(@Root() department: Department, @ReadDate() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return headcountsByDepartment(ctx, department.id, asOf);
  }
}

@Resolver(() => OverseasCollectivity)
export class OverseasCollectivityResolver extends crudResolver(
  { type: 'OverseasCollectivity', plural: 'overseasCollectivities' },
  OverseasCollectivity,
  CodeNameInput,
  CodeNameFilter,
  overseasCollectivities,
) {}

@Resolver(() => Ministry)
export class MinistryResolver extends crudResolver(
  { type: 'Ministry', plural: 'ministries' },
  Ministry,
  MinistryInput,
  CodeNameFilter,
  ministries,
) {}

@Resolver(() => Service)
export class ServiceResolver extends crudResolver({ type: 'Service', plural: 'services' }, Service, ServiceInput, ServiceFilter, services) {
  @FieldResolver(() => [Service], { description: 'Les sous-services directs (à la date asOf si elle est donnée).' })
  @ChildListField(SERVICE_CHILDREN)
  children(
    @Root() service: Service,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | undefined,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.childList(SERVICE_CHILDREN, service.id, { asOf, limit: nested(limit, ctx), day: readDate(info, asOf) });
  }

  @ReadsRootId()
  @FieldResolver(() => Service, {
    nullable: true,
    description:
      'Hors du réseau du service social à la date de lecture : le service exclu dont il tient cette exclusion (lui-même s’il est marqué) ; vide dans le réseau [004 §I].',
  })
  networkExcludedBy(@Root() service: Service, @ReadDate() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return networkExcludedBy(ctx, service.id, asOf);
  }

  @ReadsRootId()
  @FieldResolver(() => [Service], {
    description: 'Le chemin de la racine de l’arborescence jusqu’au parent de ce service, dans l’arborescence à la date de lecture.',
  })
  ancestors(@Root() service: Service, @ReadDate() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return ancestorsOf(ctx, service.id, asOf);
  }

  @FieldResolver(() => [Agent], { description: 'Les agents affectés au service (en poste à la date asOf si elle est donnée).' })
  @ChildListField(SERVICE_AGENTS)
  agents(
    @Root() service: Service,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | undefined,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.childList(SERVICE_AGENTS, service.id, { asOf, limit: nested(limit, ctx), day: readDate(info, asOf) });
  }

  @ReadsRootId()
  @FieldResolver(() => [RecordVersion], {
    description:
      'Les versions datées du service (nom, type, service parent, département, exclusion du réseau), de la plus ancienne à la plus récente.',
  })
  versions(@Root() service: Service, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return recordVersions(ctx, SERVICE_VERSIONS, info.schema, 'Service', service);
  }

  @FieldResolver(() => [ServiceSite])
  @ChildListField(SERVICE_SITES)
  sites(@Root() service: Service, @Ctx() ctx: Context) {
    return ctx.loaders.childList(SERVICE_SITES, service.id);
  }

  @FieldResolver(() => [ServiceHeadcount])
  @ChildListField(SERVICE_HEADCOUNTS)
  headcounts(@Root() service: Service, @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.childList(SERVICE_HEADCOUNTS, service.id, { asOf });
  }
}

@Resolver(() => ServiceSite)
export class ServiceSiteResolver extends crudResolver(
  { type: 'ServiceSite', plural: 'serviceSites' },
  ServiceSite,
  ServiceSiteInput,
  ServiceSiteFilter,
  serviceSites,
) {}

@Resolver(() => ServiceHeadcount)
export class ServiceHeadcountResolver extends crudResolver(
  { type: 'ServiceHeadcount', plural: 'serviceHeadcounts' },
  ServiceHeadcount,
  ServiceHeadcountInput,
  ServiceHeadcountFilter,
  serviceHeadcounts,
) {}

@Resolver(() => Agent)
export class AgentResolver extends crudResolver({ type: 'Agent', plural: 'agents' }, Agent, AgentInput, AgentFilter, agents) {
  @FieldResolver(() => [Affectation], { description: 'L’historique des affectations, de la plus ancienne à la plus récente.' })
  @ChildListField(AGENT_AFFECTATIONS)
  affectations(@Root() agent: Agent, @Ctx() ctx: Context) {
    return ctx.loaders.childList(AGENT_AFFECTATIONS, agent.id);
  }

  @ReadsRootId()
  @FieldResolver(() => [RecordVersion], {
    description:
      'Les versions datées de l’agent (grade, corps, catégorie, statut, population, ministère employeur), de la plus ancienne à la plus récente.',
  })
  versions(@Root() agent: Agent, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return recordVersions(ctx, AGENT_VERSIONS, info.schema, 'Agent', agent);
  }

  @ReadsRootId()
  @FieldResolver(() => Service, {
    nullable: true,
    description: 'Le service auquel l’agent était affecté à une date, tel qu’il était ce jour-là (nom, service parent, département…).',
  })
  async serviceOn(@Root() agent: Agent, @Arg('asOf', () => DateScalar) asOf: IsoDate, @Ctx() ctx: Context) {
    const [affectation] = await ctx.loaders.children(Affectation, 'agent', agent.id, validOn<Affectation>(asOf), { validFrom: 'desc' });
    return affectation ? serviceAsOf(ctx, affectation.service.id, asOf) : null;
  }
}

export const referentialResolvers = [
  RegionResolver,
  DepartmentResolver,
  OverseasCollectivityResolver,
  MinistryResolver,
  ServiceResolver,
  ServiceSiteResolver,
  ServiceHeadcountResolver,
  AgentResolver,
] as const;
