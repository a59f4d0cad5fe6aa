import type { ClassType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, ID, Info, InputType, Int, InterfaceType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { TrackedEntity } from './base.entity';
import type { CrudService } from './crud.service';
import { Violation } from './errors';
import { ListArgs } from './list';
import { noteRequired, noteSortable } from './schema-notes';
import { registerList } from './list-registry';
import { checkedByRows } from './text/text-arguments';

export interface CrudNames {
  /** GraphQL type name, e.g. `Service`. */
  type: string;
  /** Plural used for the list query and the bulk mutation, e.g. `services`. */
  plural: string;
}

/**
 * What every bulk save answers, whatever the resource: the generated `XRowResult` and `XSaveResult` implement these,
 * so a client reads them with one fragment (the back office's admin/src/dataProvider/save.graphql).
 */
@InterfaceType({ description: 'Résultat d’une ligne d’un enregistrement en masse, quelle que soit la ressource.' })
export abstract class BulkRowResult {
  @Field(() => Int) index!: number;
  @Field(() => ID, { nullable: true }) id?: string;
  @Field(() => [Violation]) violations!: Violation[];
}

@InterfaceType({
  description: 'Résultat d’un enregistrement en masse, quelle que soit la ressource (tout ou rien, violations ligne par ligne).',
})
export abstract class BulkSaveResult {
  @Field() ok!: boolean;
  @Field() dryRun!: boolean;
  @Field(() => [BulkRowResult]) rows!: BulkRowResult[];
}

const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s[0].toUpperCase() + s.slice(1);

/**
 * The read side every resource shares: `services(filter, offset, limit, sort, asOf): ServicePage` and `service(id)`.
 * Alone, for records written only through explicit workflow mutations (e.g. opinions, appointments).
 */
export function readResolver<E extends TrackedEntity, Fi extends object>(
  names: CrudNames,
  entity: ClassType<E>,
  filter: ClassType<Fi>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the input and facts types are the service's own business
  service: CrudService<E, any, any>,
) {
  const { type, plural } = names;
  const label = service.resource.label;
  noteSortable(plural, service.resource.list.sortable);
  registerList({ plural, type, entity: service.resource.entity as never, spec: service.resource.list });

  // Descriptions of the generated types and of the fields every resource shares: shared/schema-docs.ts.
  @ObjectType(`${type}Page`)
  class Page {
    @Field(() => [entity]) items!: E[];
    @Field(() => Int) totalCount!: number;
  }

  @Resolver()
  abstract class ReadResolver {
    @Query(() => Page, {
      name: plural,
      description: `Liste « ${label} » : les enregistrements du périmètre de l’appelant (sa politique d’accès, access/policy.ts), filtrés, triés et paginés ; avec asOf, l’état à cette date.`,
    })
    list(
      @Args(() => ListArgs) args: ListArgs,
      @Arg('filter', () => filter, { nullable: true }) where: Fi | undefined,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ) {
      return service.list(ctx, args, where, info);
    }

    @Query(() => entity, {
      name: lowerFirst(type),
      description: `Un enregistrement « ${label} » par son identifiant (introuvable hors du périmètre de l’appelant).`,
    })
    one(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
      return service.get(ctx, id);
    }
  }
  return ReadResolver;
}

/**
 * Builds the GraphQL surface every resource shares, from one service: the read side (`readResolver`) plus
 * `createService`, `updateService`, `deleteService` and `saveServices(rows, dryRun)` (bulk, all-or-nothing,
 * per-row per-field violations).
 */
export function crudResolver<E extends TrackedEntity, I extends object, Fi extends object>(
  names: CrudNames,
  entity: ClassType<E>,
  input: ClassType<I>,
  filter: ClassType<Fi>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the facts type is the service's own business
  service: CrudService<E, I, any>,
) {
  const { type, plural } = names;
  const label = service.resource.label;
  // Their texts are checked row by row by the service, so that a bulk save reports them on their row.
  checkedByRows(input.name, `${type}Row`);
  noteRequired(
    input.name,
    service.resource.required.filter((field) => !(service.resource.virtual ?? []).includes(field)),
  );

  @InputType(`${type}Row`)
  class Row {
    @Field(() => ID, { nullable: true }) id?: string;
    @Field(() => Int, { nullable: true }) version?: number;
    @Field(() => input) values!: I;
  }

  @ObjectType(`${type}RowResult`, { implements: BulkRowResult })
  class RowResult implements BulkRowResult {
    @Field(() => Int) index!: number;
    @Field(() => ID, { nullable: true }) id?: string;
    @Field(() => [Violation]) violations!: Violation[];
    @Field(() => entity, { nullable: true }) current?: E;
  }

  @ObjectType(`${type}SaveResult`, { implements: BulkSaveResult })
  class SaveResult implements BulkSaveResult {
    @Field() ok!: boolean;
    @Field() dryRun!: boolean;
    @Field(() => [RowResult]) rows!: RowResult[];
    @Field(() => [entity]) items!: E[];
  }

  @Resolver()
  abstract class CrudResolver extends readResolver(names, entity, filter, service) {
    @Mutation(() => entity, {
      name: `create${type}`,
      description: `Crée un enregistrement « ${label} » : droits du rôle, règles et périmètre vérifiés, création historisée.`,
    })
    create(@Arg('input', () => input) values: I, @Ctx() ctx: Context) {
      return service.create(ctx, values);
    }

    @Mutation(() => entity, {
      name: `update${type}`,
      description: `Modifie un enregistrement « ${label} » lu à la version donnée : droits, règles et périmètre vérifiés, modification historisée.`,
    })
    update(
      @Arg('id', () => ID) id: string,
      @Arg('version', () => Int) version: number,
      @Arg('input', () => input) values: I,
      @Ctx() ctx: Context,
    ) {
      return service.update(ctx, id, version, values);
    }

    @Mutation(() => ID, {
      name: `delete${type}`,
      description: `Supprime un enregistrement « ${label} » lu à la version donnée (refusé s’il est encore utilisé : IN_USE) ; renvoie son identifiant.`,
    })
    remove(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
      return service.delete(ctx, id, version);
    }

    @Mutation(() => SaveResult, {
      name: `save${upperFirst(plural)}`,
      description: `Enregistre des lignes « ${label} » en masse, toutes ou aucune, avec les violations de chaque ligne champ par champ ; dryRun : vérifie sans écrire.`,
    })
    save(
      @Arg('rows', () => [Row]) rows: Row[],
      @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
      @Ctx() ctx: Context,
    ) {
      return service.save(ctx, rows, dryRun);
    }
  }
  return CrudResolver;
}
