import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Department } from '../referential/department.entity';
import { Region } from '../referential/region.entity';
import { crudResolver } from '../shared/crud.resolver';
import { nestedLimit, validOnIf } from '../shared/list';
import { DateScalar, type IsoDate, today } from '../shared/scalars';
import { AdministrativeAuthority } from './enums';
import { ratioOf, SocialWorkerRatio } from './network.repository';
import { administrativeAuthority, assignmentReference } from './network.rules';
import { postAssignments, postQualifications, postSectors, replacements, socialWorkerPosts } from './network.service';
import {
  PostAssignmentFilter, PostAssignmentInput, PostQualificationFilter, PostQualificationInput, PostSectorFilter, PostSectorInput, ReplacementFilter, ReplacementInput, SocialWorkerPostFilter, SocialWorkerPostInput,
} from './network.types';
import { PostAssignment } from './post-assignment.entity';
import { PostQualification } from './post-qualification.entity';
import { PostSector } from './post-sector.entity';
import { Replacement } from './replacement.entity';
import { SocialWorkerPost } from './social-worker-post.entity';
import { ReadsRootId } from '../shared/read/read-fields';
import { NetworkIndicatorsResolver } from './network-indicators';

const AsOf = () => Arg('asOf', () => DateScalar, { nullable: true });
const Limit = () => Arg('limit', () => Int, { defaultValue: 100 });

@Resolver(() => SocialWorkerPost)
export class SocialWorkerPostResolver extends crudResolver(
  { type: 'SocialWorkerPost', plural: 'socialWorkerPosts' }, SocialWorkerPost, SocialWorkerPostInput, SocialWorkerPostFilter, socialWorkerPosts,
) {
  @FieldResolver(() => [PostSector], { description: 'Sectors of competence (in force on asOf when given).' })
  sectors(@Root() post: SocialWorkerPost, @AsOf() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.children(PostSector, 'post', post.id, validOnIf(asOf), { validFrom: 'asc' });
  }

  @FieldResolver(() => [PostAssignment], { description: 'Who held the post (on asOf when given), oldest first.' })
  assignments(@Root() post: SocialWorkerPost, @AsOf() asOf: IsoDate | undefined, @Limit() limit: number, @Ctx() ctx: Context) {
    return ctx.loaders.children(PostAssignment, 'post', post.id, validOnIf(asOf), { validFrom: 'asc' }, [], nestedLimit(limit, ctx.config.maxPageSize));
  }

  @FieldResolver(() => Boolean, { description: 'No one holds the post on the date (default today).' })
  async vacant(@Root() post: SocialWorkerPost, @AsOf() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return (await ctx.loaders.children(PostAssignment, 'post', post.id, validOnIf(asOf ?? today()))).length === 0;
  }

  @FieldResolver(() => [Replacement], { description: 'Replacements covering the post (on asOf when given).' })
  replacements(@Root() post: SocialWorkerPost, @AsOf() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.children(Replacement, 'post', post.id, validOnIf(asOf), { validFrom: 'asc' });
  }

  @FieldResolver(() => [SocialWorkerPost], { description: 'Posts under this one in the technical hierarchy (in force on asOf when given).' })
  technicalSubordinates(@Root() post: SocialWorkerPost, @AsOf() asOf: IsoDate | undefined, @Limit() limit: number, @Ctx() ctx: Context) {
    return ctx.loaders.children(SocialWorkerPost, 'technicalSuperior', post.id, validOnIf(asOf), { code: 'asc' }, [], nestedLimit(limit, ctx.config.maxPageSize));
  }

  @FieldResolver(() => AdministrativeAuthority, { description: 'Administrative authority: the prefect for an ASS in a department, the regional prefect and the DRH for a CTR, the DRH otherwise [004 §II].' })
  async administrativeAuthority(@Root() post: SocialWorkerPost, @Ctx() ctx: Context) {
    const residence = await ctx.loaders.reference(post.residence);
    return administrativeAuthority(post.kind, !!residence?.department);
  }
}

@Resolver(() => PostSector)
export class PostSectorResolver extends crudResolver({ type: 'PostSector', plural: 'postSectors' }, PostSector, PostSectorInput, PostSectorFilter, postSectors) {}

@Resolver(() => PostAssignment)
export class PostAssignmentResolver extends crudResolver(
  { type: 'PostAssignment', plural: 'postAssignments' }, PostAssignment, PostAssignmentInput, PostAssignmentFilter, postAssignments,
) {
  @FieldResolver(() => String, { description: 'How a spreadsheet names the assignment: its post’s code and its start date, « ASS-35-02 (2025-01-01) » (no personal data).' })
  async reference(@Root() assignment: PostAssignment, @Ctx() ctx: Context) {
    const post = await ctx.loaders.reference(assignment.post);
    return assignmentReference(post!.code, assignment.validFrom);
  }
}

@Resolver(() => PostQualification)
export class PostQualificationResolver extends crudResolver(
  { type: 'PostQualification', plural: 'postQualifications' }, PostQualification, PostQualificationInput, PostQualificationFilter, postQualifications,
) {}

@Resolver(() => Replacement)
export class ReplacementResolver extends crudResolver({ type: 'Replacement', plural: 'replacements' }, Replacement, ReplacementInput, ReplacementFilter, replacements) {}

const RATIO = 'Agents of the populations the network serves per ASS (ETP), as of a date (default today) [004 §II].';

@Resolver(() => Department)
export class DepartmentRatioResolver {
  @ReadsRootId()
  @FieldResolver(() => SocialWorkerRatio, { description: RATIO })
  socialWorkerRatio(@Root() department: Department, @AsOf() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return ratioOf(ctx, 'department', department.id, asOf);
  }
}

@Resolver(() => Region)
export class RegionRatioResolver {
  @ReadsRootId()
  @FieldResolver(() => SocialWorkerRatio, { description: RATIO })
  socialWorkerRatio(@Root() region: Region, @AsOf() asOf: IsoDate | undefined, @Ctx() ctx: Context) {
    return ratioOf(ctx, 'region', region.id, asOf);
  }
}

export const networkResolvers = [
  SocialWorkerPostResolver, PostSectorResolver, PostAssignmentResolver, PostQualificationResolver, ReplacementResolver, DepartmentRatioResolver, RegionRatioResolver,
  NetworkIndicatorsResolver,
] as const;
