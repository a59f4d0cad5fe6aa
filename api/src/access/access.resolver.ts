import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Context } from '../context';
import { checkIds, ListArgs, listPage, SortOrder } from '../shared/list';
import { noteSortable } from '../shared/schema-notes';
import { forbidden } from './access';
import { hiddenTypes, withheldFields, WRITABLE } from './policy';
import { PersonalDataAccess } from './personal-data-access.entity';
import { purgeEndedPersonalData, PurgeResult } from './retention';
import { Role, ROLE_LABELS } from './roles';
import { Department } from '../referential/department.entity';
import { Ministry } from '../referential/ministry.entity';
import { Region } from '../referential/region.entity';

@ObjectType({ description: 'L’appelant authentifié.' })
class Me {
  @Field({ description: 'Identifiant de l’appelant chez le fournisseur d’identité (sub ou client_id).' }) subject!: string;
  @Field(() => String, { description: 'Nom de l’appelant, s’il est connu.', nullable: true }) name?: string;
  @Field(() => Role, { description: 'Rôle de l’appelant (de son habilitation, jamais du jeton).' }) role!: Role;
  @Field(() => [String], { description: 'Codes INSEE de ses départements ou régions, ou code de son ministère.' }) perimeter!: string[];
  @Field(() => [String], {
    description: 'Types GraphQL que l’appelant peut créer, modifier ou supprimer (dans son périmètre) ; « * » pour tous.',
  })
  writableTypes!: string[];
  @Field(() => [String], {
    description:
      'Types GraphQL dont l’appelant ne lit aucun enregistrement : refusés à son rôle (AuditEntry : l’historique des modifications), ou, pour un ministère partenaire, rattachés à un département (commissions, correspondants), qu’aucune convention ne lui montre.',
  })
  hiddenTypes!: string[];
  @Field(() => [String], {
    description:
      'Champs que l’appelant lit vides (minimisation des données), sous la forme `Type.champ` : ni filtre ni tri sur eux, et les indicateurs qui les lisent lui sont refusés.',
  })
  withheldFields!: string[];
}

@ObjectType({ description: 'Une page du journal des accès aux données personnelles et le nombre total d’entrées.' })
class PersonalDataAccessPage {
  @Field(() => [PersonalDataAccess]) items!: PersonalDataAccess[];
  @Field(() => Int) totalCount!: number;
}

@InputType({ description: 'Les critères du journal des accès aux données personnelles.' })
class PersonalDataAccessFilter {
  @Field({ description: 'Seulement les lectures de cet utilisateur.', nullable: true }) actor?: string;
  @Field({ description: 'Seulement les lectures de ce type d’enregistrement.', nullable: true }) entityName?: string;
  @Field(() => ID, { nullable: true, description: 'Les lectures qui concernent cette personne.' }) entityId?: string;
  @Field({ description: 'Seulement les lectures de cette requête.', nullable: true }) requestId?: string;
  @Field(() => DateTimeResolver, { description: 'Seulement les lectures à partir de cette date.', nullable: true }) from?: Date;
  @Field(() => DateTimeResolver, { description: 'Seulement les lectures jusqu’à cette date.', nullable: true }) to?: Date;
}

/** The caller's perimeter by name (a code the referential lacks stays as it is). */
async function perimeterNames(ctx: Context): Promise<string[]> {
  const { role, perimeter } = ctx.principal;
  if (!perimeter.length) return [];
  const named = async (
    entity: typeof Department | typeof Region | typeof Ministry,
    label: (r: { code: string; name: string }) => string,
  ) => {
    const found = await ctx.em.find(entity, { code: { $in: perimeter } } as never);
    const byCode = new Map(found.map((r) => [r.code, label(r)]));
    return perimeter.map((code) => byCode.get(code) ?? code);
  };
  if (role === Role.PARTNER_MINISTRY) return named(Ministry, (m) => m.name);
  if (role === Role.REGIONAL_CTR) return named(Region, (r) => `${r.code} – ${r.name}`);
  return named(Department, (d) => `${d.code} – ${d.name}`);
}

/** The caller's perimeter in words: read from the referential only when asked (`me` is asked on every page load). */
@Resolver(() => Me)
export class MeResolver {
  @FieldResolver(() => [String], {
    description: 'Le même périmètre en clair, dans le même ordre : « 75 – Paris », « 11 – Île-de-France », le nom du ministère.',
  })
  perimeterNames(@Ctx() ctx: Context): Promise<string[]> {
    return perimeterNames(ctx);
  }
}

const nationalOnly = (ctx: Context, what: string) => {
  if (ctx.access.role !== Role.NATIONAL_ADMIN)
    throw forbidden('role', `${what} : réservé à l’administration nationale (votre rôle : ${ROLE_LABELS[ctx.access.role]}).`);
};

const ACCESS_LOG_LIST = { sortable: ['at', 'actor'], dated: false };
noteSortable('personalDataAccesses', ACCESS_LOG_LIST.sortable);

@Resolver()
export class AccessResolver {
  @Query(() => Me, { description: 'L’appelant : son identité, son rôle, son périmètre et les types qu’il peut modifier.' })
  me(@Ctx() ctx: Context): Me {
    const writable = WRITABLE[ctx.principal.role];
    return Object.assign(new Me(), ctx.principal, {
      writableTypes: writable === '*' ? ['*'] : writable,
      hiddenTypes: hiddenTypes(ctx.principal.role),
      withheldFields: withheldFields(ctx.principal.role),
    });
  }

  @Query(() => PersonalDataAccessPage, {
    description: 'Qui a lu quels champs personnels de qui, du plus récent au plus ancien (administration nationale).',
  })
  personalDataAccesses(
    @Args(() => ListArgs) args: ListArgs,
    @Arg('filter', () => PersonalDataAccessFilter, { nullable: true }) filter: PersonalDataAccessFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    nationalOnly(ctx, 'Journal des accès aux données personnelles');
    // `requestId` is a client's request id, not a reference: matched as is, not by the `xId` convention.
    const { from, to, entityId, requestId, ...rest } = filter ?? {};
    // Records are named by their uuid (the column is uuid[]): anything else is a mistake worth saying, not an empty list.
    if (entityId !== undefined) checkIds('entityId', [entityId]);
    const extra = [
      ...(requestId ? [{ requestId }] : []),
      ...(from ? [{ at: { $gte: from } }] : []),
      ...(to ? [{ at: { $lte: to } }] : []),
      ...(entityId ? [{ entityIds: { $contains: [entityId] } }] : []),
    ];
    return listPage(
      ctx.em,
      PersonalDataAccess,
      { ...args, sort: args.sort ?? [{ field: 'at', order: SortOrder.DESC }] },
      rest,
      ACCESS_LOG_LIST,
      ctx.config.maxPageSize,
      extra,
    );
  }

  @Mutation(() => PurgeResult, {
    description:
      'Anonymise les données personnelles des enregistrements terminés depuis plus longtemps que la durée de conservation ; les comptes et l’historique restent.',
  })
  purgeEndedPersonalData(@Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean, @Ctx() ctx: Context) {
    nationalOnly(ctx, 'Purge des données personnelles');
    return purgeEndedPersonalData(ctx.em, ctx.config.retentionDays, dryRun);
  }
}
