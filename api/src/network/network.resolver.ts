import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { RecordVersion, recordVersions } from '../shared/versions/record-versions';
import { POST_VERSIONS } from './versions';
import type { Context } from '../context';
import { Department } from '../referential/department.entity';
import { Region } from '../referential/region.entity';
import { crudResolver } from '../shared/crud.resolver';
import { noteAllowed } from '../shared/schema-notes';
import { nestedLimit, validOnIf } from '../shared/list';
import { DateScalar, type IsoDate, today } from '../shared/scalars';
import { AdministrativeAuthority } from './enums';
import { ratioOf, SocialWorkerRatio } from './network.repository';
import { administrativeAuthority, assignmentReference, BUDGET_PROGRAMMES } from './network.rules';
import { postAssignments, postQualifications, postSectors, replacements, socialWorkerPosts } from './network.service';
import {
  PostAssignmentFilter,
  PostAssignmentInput,
  PostQualificationFilter,
  PostQualificationInput,
  PostSectorFilter,
  PostSectorInput,
  ReplacementFilter,
  ReplacementInput,
  SocialWorkerPostFilter,
  SocialWorkerPostInput,
} from './network.types';
import { PostAssignment } from './post-assignment.entity';
import { PostQualification } from './post-qualification.entity';
import { PostSector } from './post-sector.entity';
import { Replacement } from './replacement.entity';
import { SocialWorkerPost } from './social-worker-post.entity';
import { type ChildList, ChildListField, ReadsRootId } from '../shared/read/read-fields';
import { NetworkIndicatorsResolver } from './network-indicators';
import { enclosingAsOf, ReadDate, readDate } from '../shared/versions/read-date';

const AsOf = () => Arg('asOf', () => DateScalar, { nullable: true });
const Limit = () => Arg('limit', () => Int, { defaultValue: 100 });

/**
 * The posts under a post in the technical hierarchy, by code: read by the field resolver and by the compiled read path
 * alike; on a past day (the list's `asOf`, else the enclosing read's), with their kind and residence of that day.
 */
const TECHNICAL_SUBORDINATES: ChildList<SocialWorkerPost> = {
  entity: SocialWorkerPost,
  foreignKey: 'technicalSuperior',
  orderBy: { code: 'asc' },
};

// The programmes a post may be carried by, in the schema: the back office offers them (its only list of them).
noteAllowed('SocialWorkerPostInput', 'budgetProgramme', BUDGET_PROGRAMMES);

@Resolver(() => SocialWorkerPost)
export class SocialWorkerPostResolver extends crudResolver(
  { type: 'SocialWorkerPost', plural: 'socialWorkerPosts' },
  SocialWorkerPost,
  SocialWorkerPostInput,
  SocialWorkerPostFilter,
  socialWorkerPosts,
) {
  @ReadsRootId()
  @FieldResolver(() => [RecordVersion], {
    description: 'Les versions datées du poste (nature, résidence administrative), de la plus ancienne à la plus récente.',
  })
  versions(@Root() post: SocialWorkerPost, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return recordVersions(ctx, POST_VERSIONS, info.schema, 'SocialWorkerPost', post);
  }

  @FieldResolver(() => [PostSector], { description: 'Les secteurs de compétence (en vigueur à la date asOf si elle est donnée).' })
  sectors(@Root() post: SocialWorkerPost, @AsOf() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.children(PostSector, 'post', post.id, validOnIf(asOf), { validFrom: 'asc' });
  }

  @FieldResolver(() => [PostAssignment], {
    description: 'Qui a occupé le poste (à la date asOf si elle est donnée), du plus ancien au plus récent.',
  })
  assignments(@Root() post: SocialWorkerPost, @AsOf() asOf: IsoDate | undefined, @Limit() limit: number, @Ctx() ctx: Context) {
    return ctx.loaders.children(
      PostAssignment,
      'post',
      post.id,
      validOnIf(asOf),
      { validFrom: 'asc' },
      [],
      nestedLimit(limit, ctx.config.maxPageSize),
    );
  }

  @FieldResolver(() => Boolean, { description: 'Personne n’occupe le poste à la date de lecture.' })
  async vacant(@Root() post: SocialWorkerPost, @ReadDate() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return (await ctx.loaders.children(PostAssignment, 'post', post.id, validOnIf(asOf ?? today()))).length === 0;
  }

  @FieldResolver(() => [Replacement], { description: 'Les remplacements sur le poste (en vigueur à la date asOf si elle est donnée).' })
  replacements(@Root() post: SocialWorkerPost, @AsOf() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.children(Replacement, 'post', post.id, validOnIf(asOf), { validFrom: 'asc' });
  }

  @FieldResolver(() => [SocialWorkerPost], {
    description: 'Les postes placés sous celui-ci dans la hiérarchie technique (en vigueur à la date asOf si elle est donnée).',
  })
  @ChildListField(TECHNICAL_SUBORDINATES)
  technicalSubordinates(
    @Root() post: SocialWorkerPost,
    @AsOf() asOf: IsoDate | undefined,
    @Limit() limit: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.childList(TECHNICAL_SUBORDINATES, post.id, {
      asOf,
      limit: nestedLimit(limit, ctx.config.maxPageSize),
      day: readDate(info, asOf),
    });
  }

  @FieldResolver(() => AdministrativeAuthority, {
    description:
      'Autorité administrative : le préfet pour un ASS en département, le préfet de région et la DRH pour un CTR, la DRH sinon [004 §II].',
  })
  async administrativeAuthority(@Root() post: SocialWorkerPost, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // The residence as of the read's date (a post of a list as of a day is that day's post): its department then.
    const residence = await ctx.loaders.reference(post.residence, enclosingAsOf(info));
    return administrativeAuthority(post.kind, !!residence?.department);
  }
}

@Resolver(() => PostSector)
export class PostSectorResolver extends crudResolver(
  { type: 'PostSector', plural: 'postSectors' },
  PostSector,
  PostSectorInput,
  PostSectorFilter,
  postSectors,
) {}

@Resolver(() => PostAssignment)
export class PostAssignmentResolver extends crudResolver(
  { type: 'PostAssignment', plural: 'postAssignments' },
  PostAssignment,
  PostAssignmentInput,
  PostAssignmentFilter,
  postAssignments,
) {
  @FieldResolver(() => String, {
    description:
      'Comment un tableur nomme l’occupation : le code de son poste et sa date de début, « ASS-35-02 (2025-01-01) » (aucune donnée personnelle).',
  })
  async reference(@Root() assignment: PostAssignment, @Ctx() ctx: Context) {
    const post = await ctx.loaders.reference(assignment.post);
    return assignmentReference(post!.code, assignment.validFrom);
  }
}

@Resolver(() => PostQualification)
export class PostQualificationResolver extends crudResolver(
  { type: 'PostQualification', plural: 'postQualifications' },
  PostQualification,
  PostQualificationInput,
  PostQualificationFilter,
  postQualifications,
) {}

@Resolver(() => Replacement)
export class ReplacementResolver extends crudResolver(
  { type: 'Replacement', plural: 'replacements' },
  Replacement,
  ReplacementInput,
  ReplacementFilter,
  replacements,
) {}

const RATIO = 'Agents des populations que le réseau sert, par ASS (en ETP), à la date de lecture [004 §II].';

@Resolver(() => Department)
export class DepartmentRatioResolver {
  @ReadsRootId()
  @FieldResolver(() => SocialWorkerRatio, { description: RATIO })
  socialWorkerRatio(@Root() department: Department, @ReadDate() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return ratioOf(ctx, 'department', department.id, asOf);
  }
}

@Resolver(() => Region)
export class RegionRatioResolver {
  @ReadsRootId()
  @FieldResolver(() => SocialWorkerRatio, { description: RATIO })
  socialWorkerRatio(@Root() region: Region, @ReadDate() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return ratioOf(ctx, 'region', region.id, asOf);
  }
}

export const networkResolvers = [
  SocialWorkerPostResolver,
  PostSectorResolver,
  PostAssignmentResolver,
  PostQualificationResolver,
  ReplacementResolver,
  DepartmentRatioResolver,
  RegionRatioResolver,
  NetworkIndicatorsResolver,
] as const;
