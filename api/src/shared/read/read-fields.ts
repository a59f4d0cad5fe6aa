import type { EntityClass } from '@mikro-orm/core';
import { Extensions } from 'type-graphql';

/**
 * A child list of a record: the children whose many-to-one `foreignKey` points at it, in `orderBy` then id order.
 * One declaration serves both read paths: the field resolver (through `Loaders.childList`) and the compiled read.
 */
export interface ChildList<T extends object = object> {
  entity: EntityClass<T>;
  foreignKey: string;
  orderBy: Record<string, 'asc' | 'desc'>;
  /**
   * With an `asOf`, the children linked to the record on that date through a dated history instead of the current
   * reference (e.g. the agents of a service on a past date, from their affectations).
   */
  history?: { entity: EntityClass<object>; foreignKey: string; target: string };
}

/** The key of the read-path declarations in a GraphQL field's `extensions`. */
export const READ = 'read';

export type ReadDeclaration = { childList: ChildList } | { rootId: true };

/** The field lists children (`asOf` and `limit` arguments are honoured when the field declares them). */
export const ChildListField = (list: ChildList): MethodDecorator => Extensions({ [READ]: { childList: list } satisfies ReadDeclaration });

/**
 * A computed field whose resolver reads nothing of its record but the id (and batches its own statement per
 * request): the compiled read path resolves it from the compiled row's id.
 */
export const ReadsRootId = (): MethodDecorator => Extensions({ [READ]: { rootId: true } satisfies ReadDeclaration });
