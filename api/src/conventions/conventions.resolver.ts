import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Float, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { ReadsRootId } from '../shared/read/read-fields';
import { RecordVersion, recordVersions } from '../shared/versions/record-versions';
import { CONVENTION_VERSIONS } from './versions';
import type { Context } from '../context';
import { PostAssignment } from '../network/post-assignment.entity';
import { SocialWorkerPost } from '../network/social-worker-post.entity';
import { crudResolver } from '../shared/crud.resolver';
import { validOn } from '../shared/dated';
import { validOnIf } from '../shared/list';
import { DateScalar, type IsoDate, today } from '../shared/scalars';
import { ConventionScope } from './convention-scope.entity';
import { Convention } from './convention.entity';
import { ConventionCoverage, coverageOf, deliveredEtp, DeliveredEtpPage, workQuotaOf } from './conventions.repository';
import { etpOf } from './conventions.rules';
import { conventions, conventionScopes } from './conventions.service';
import {
  ConventionFilter,
  ConventionInput,
  ConventionScopeFilter,
  ConventionScopeInput,
  ConventionTerm,
  TimeAllocationFilter,
  TimeAllocationInput,
} from './conventions.types';
import { termOn } from './renewal';
import { EtpGrouping } from './enums';
import { TimeAllocation } from './time-allocation.entity';
import { timeAllocations } from './time-allocation.service';
import { ReadDate } from '../shared/versions/read-date';

const AsOf = () => Arg('asOf', () => DateScalar, { nullable: true });

@Resolver(() => Convention)
export class ConventionResolver extends crudResolver(
  { type: 'Convention', plural: 'conventions' },
  Convention,
  ConventionInput,
  ConventionFilter,
  conventions,
) {
  @ReadsRootId()
  @FieldResolver(() => [RecordVersion], {
    description:
      'Les versions datées de la convention (part de référence de la fonction, écart toléré), de la plus ancienne à la plus récente.',
  })
  versions(@Root() convention: Convention, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return recordVersions(ctx, CONVENTION_VERSIONS, info.schema, 'Convention', convention);
  }

  @FieldResolver(() => [ConventionScope], {
    description: 'La zone : services, départements, régions (ses entrées en vigueur à la date asOf si elle est donnée).',
  })
  scopes(@Root() convention: Convention, @AsOf() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.children(ConventionScope, 'convention', convention.id, validOnIf(asOf), { validFrom: 'asc' });
  }

  @FieldResolver(() => [TimeAllocation], {
    description: 'Les parts de temps au titre de la convention (en vigueur à la date asOf si elle est donnée).',
  })
  allocations(@Root() convention: Convention, @AsOf() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.children(TimeAllocation, 'convention', convention.id, validOnIf(asOf), { validFrom: 'asc' });
  }

  @FieldResolver(() => ConventionTerm, {
    nullable: true,
    description: 'La période en vigueur à la date de lecture ; vide quand la convention n’est pas en vigueur.',
  })
  term(@Root() convention: Convention, @ReadDate() asOf: IsoDate | undefined) {
    return termOn(convention, asOf ?? today());
  }

  @FieldResolver(() => ConventionCoverage, {
    description: 'Ce que la convention couvre à la date de lecture : services, départements, populations, ETP.',
  })
  coverage(@Root() convention: Convention, @ReadDate() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return coverageOf(ctx, convention, asOf);
  }

  @Query(() => DeliveredEtpPage, {
    description:
      'Les ETP de service social délivrés par service, département, région ou ministère partenaire à une date (par défaut : aujourd’hui), du plus grand au plus petit.',
  })
  deliveredEtp(
    @Arg('groupBy', () => EtpGrouping, { description: 'Regroupement des ETP : par service, département, région ou ministère partenaire.' })
    groupBy: EtpGrouping,
    @AsOf() asOf: IsoDate | undefined,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit: number,
    @Ctx() ctx: Context,
  ) {
    return deliveredEtp(ctx, groupBy, asOf, offset, limit);
  }
}

@Resolver(() => ConventionScope)
export class ConventionScopeResolver extends crudResolver(
  { type: 'ConventionScope', plural: 'conventionScopes' },
  ConventionScope,
  ConventionScopeInput,
  ConventionScopeFilter,
  conventionScopes,
) {}

@Resolver(() => TimeAllocation)
export class TimeAllocationResolver extends crudResolver(
  { type: 'TimeAllocation', plural: 'timeAllocations' },
  TimeAllocation,
  TimeAllocationInput,
  TimeAllocationFilter,
  timeAllocations,
) {
  @FieldResolver(() => Float, { description: 'ETP donnés à la cible : quotité de travail × part [003 annexe 5].' })
  async etp(@Root() allocation: TimeAllocation, @Ctx() ctx: Context) {
    // The ETP is the allocation's own figure: a partner reads it even when the assignment itself is withheld.
    return etpOf(await workQuotaOf(ctx, allocation.assignment.id), allocation.share);
  }
}

/** The time of a post's holders, under every convention, as of a date. */
@Resolver(() => SocialWorkerPost)
export class PostBreakdownResolver {
  @FieldResolver(() => [TimeAllocation], {
    description: 'Comment le temps du poste est partagé à la date de lecture : chaque affectation de ses occupations, avec ses ETP.',
  })
  breakdown(@Root() post: SocialWorkerPost, @ReadDate() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    const date = asOf ?? today();
    return ctx.loaders
      .loader<TimeAllocation[]>(`post:breakdown:${date}`, async (ids) => {
        const found = await ctx.em.find(
          TimeAllocation,
          { $and: [{ assignment: { post: { $in: [...ids] } } }, validOn<TimeAllocation>(date)] },
          { populate: ['assignment'], orderBy: { share: 'desc', id: 'asc' } },
        );
        return ids.map((id) => found.filter((a) => a.assignment.post.id === id));
      })
      .load(post.id);
  }
}

@Resolver(() => PostAssignment)
export class AssignmentAllocationsResolver {
  @FieldResolver(() => [TimeAllocation], {
    description: 'Les parts du temps de cette occupation (en vigueur à la date asOf si elle est donnée).',
  })
  allocations(@Root() assignment: PostAssignment, @AsOf() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.children(TimeAllocation, 'assignment', assignment.id, validOnIf(asOf), { validFrom: 'asc' });
  }
}

export const conventionResolvers = [
  ConventionResolver,
  ConventionScopeResolver,
  TimeAllocationResolver,
  PostBreakdownResolver,
  AssignmentAllocationsResolver,
] as const;
