import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { networkExcludedBy } from './network-exclusion';
import type { Context } from '../context';
import { crudResolver } from '../shared/crud.resolver';
import { validOn } from '../shared/dated';
import { nestedLimit, validOnIf } from '../shared/list';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { Affectation } from './affectation.entity';
import { Agent } from './agent.entity';
import { agents } from './agent.service';
import { Department } from './department.entity';
import { Ministry } from './ministry.entity';
import { OverseasCollectivity } from './overseas-collectivity.entity';
import {
  AgentFilter, AgentInput, CodeNameFilter, CodeNameInput, DepartmentFilter, DepartmentInput, MinistryInput, RegionFilter, RegionInput,
  ServiceFilter, ServiceHeadcountFilter, ServiceHeadcountInput, ServiceInput, ServiceSiteFilter, ServiceSiteInput,
} from './referential.types';
import { departments, ministries, overseasCollectivities, regions, serviceHeadcounts, services, serviceSites } from './referential.service';
import { Region } from './region.entity';
import { ancestorsOf, HeadcountSummary, headcountsByDepartment } from './referential.repository';
import { ServiceHeadcount } from './service-headcount.entity';
import { ServiceSite } from './service-site.entity';
import { Service } from './service.entity';

/** Nested lists are capped like top-level pages (`limit` defaults to 100); the loader reads only that page per parent. */
const nested = (limit: number, ctx: Context) => nestedLimit(limit, ctx.config.maxPageSize);

@Resolver(() => Region)
export class RegionResolver extends crudResolver({ type: 'Region', plural: 'regions' }, Region, RegionInput, RegionFilter, regions) {
  @FieldResolver(() => [Department])
  departments(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.children(Department, 'region', region.id, {}, { code: 'asc' });
  }
}

@Resolver(() => Department)
export class DepartmentResolver extends crudResolver({ type: 'Department', plural: 'departments' }, Department, DepartmentInput, DepartmentFilter, departments) {
  @FieldResolver(() => [Service], { description: 'Services located in the department (as of asOf when given).' })
  services(
    @Root() department: Department,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | undefined,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.children(Service, 'department', department.id, validOnIf(asOf), { code: 'asc' }, [], nested(limit, ctx));
  }

  @FieldResolver(() => HeadcountSummary, { description: 'Headcounts of the department’s services as of a date (default today), network exclusions apart [004 §I].' })
  headcount(@Root() department: Department, @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return headcountsByDepartment(ctx, department.id, asOf);
  }
}

@Resolver(() => OverseasCollectivity)
export class OverseasCollectivityResolver extends crudResolver(
  { type: 'OverseasCollectivity', plural: 'overseasCollectivities' }, OverseasCollectivity, CodeNameInput, CodeNameFilter, overseasCollectivities,
) {}

@Resolver(() => Ministry)
export class MinistryResolver extends crudResolver({ type: 'Ministry', plural: 'ministries' }, Ministry, MinistryInput, CodeNameFilter, ministries) {}

@Resolver(() => Service)
export class ServiceResolver extends crudResolver({ type: 'Service', plural: 'services' }, Service, ServiceInput, ServiceFilter, services) {
  @FieldResolver(() => [Service], { description: 'Direct sub-services (as of asOf when given).' })
  children(
    @Root() service: Service,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | undefined,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.children(Service, 'parent', service.id, validOnIf(asOf), { name: 'asc' }, [], nested(limit, ctx));
  }

  @FieldResolver(() => Service, { nullable: true, description: 'Outside the social service network: the excluded service it inherits that from (itself when flagged); null inside the network [004 §I].' })
  networkExcludedBy(@Root() service: Service, @Ctx() ctx: Context) {
    return networkExcludedBy(ctx, service.id);
  }

  @FieldResolver(() => [Service], { description: 'The path from the root of the tree down to the parent of this service.' })
  ancestors(@Root() service: Service, @Ctx() ctx: Context) {
    return ancestorsOf(ctx, service.id);
  }

  @FieldResolver(() => [Agent], { description: 'Agents assigned to the service (in post on asOf when given).' })
  agents(
    @Root() service: Service,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | undefined,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Ctx() ctx: Context,
  ) {
    if (!asOf) return ctx.loaders.children(Agent, 'service', service.id, {}, { lastName: 'asc', firstName: 'asc' }, [], nested(limit, ctx));
    // On a past date, from the assignment history: the agents assigned to this service that day.
    const assigned = ctx.loaders.children(Affectation, 'service', service.id, validOn<Affectation>(asOf), { id: 'asc' }, ['agent'], nested(limit, ctx));
    return assigned.then((list) => list.map((a) => a.agent));
  }

  @FieldResolver(() => [ServiceSite])
  sites(@Root() service: Service, @Ctx() ctx: Context) {
    return ctx.loaders.children(ServiceSite, 'service', service.id, {}, { label: 'asc' });
  }

  @FieldResolver(() => [ServiceHeadcount])
  headcounts(@Root() service: Service, @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.children(ServiceHeadcount, 'service', service.id, validOnIf(asOf), { population: 'asc' });
  }
}

@Resolver(() => ServiceSite)
export class ServiceSiteResolver extends crudResolver({ type: 'ServiceSite', plural: 'serviceSites' }, ServiceSite, ServiceSiteInput, ServiceSiteFilter, serviceSites) {}

@Resolver(() => ServiceHeadcount)
export class ServiceHeadcountResolver extends crudResolver(
  { type: 'ServiceHeadcount', plural: 'serviceHeadcounts' }, ServiceHeadcount, ServiceHeadcountInput, ServiceHeadcountFilter, serviceHeadcounts,
) {}

@Resolver(() => Agent)
export class AgentResolver extends crudResolver({ type: 'Agent', plural: 'agents' }, Agent, AgentInput, AgentFilter, agents) {
  @FieldResolver(() => [Affectation], { description: 'The assignment history, oldest first.' })
  affectations(@Root() agent: Agent, @Ctx() ctx: Context) {
    return ctx.loaders.children(Affectation, 'agent', agent.id, {}, { validFrom: 'asc' });
  }

  @FieldResolver(() => Service, { nullable: true, description: 'The service the agent was assigned to on a date.' })
  async serviceOn(@Root() agent: Agent, @Arg('asOf', () => DateScalar) asOf: IsoDate, @Ctx() ctx: Context) {
    const [affectation] = await ctx.loaders.children(Affectation, 'agent', agent.id, validOn<Affectation>(asOf), { validFrom: 'desc' });
    return affectation ? ctx.loaders.reference(affectation.service) : null;
  }
}

export const referentialResolvers = [
  RegionResolver, DepartmentResolver, OverseasCollectivityResolver, MinistryResolver,
  ServiceResolver, ServiceSiteResolver, ServiceHeadcountResolver, AgentResolver,
] as const;
