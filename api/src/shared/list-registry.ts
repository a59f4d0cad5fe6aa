import type { EntityClass } from '@mikro-orm/core';
import type { ListSpec } from './list';

/** A root list of the API (`agents(filter, sort, asOf, …)`) and what its resource declares about it. */
export interface ListedResource {
  /** The list query's name, e.g. `agents`. */
  plural: string;
  /** The GraphQL type (and entity) of its items, e.g. `Agent`. */
  type: string;
  entity: EntityClass<object>;
  spec: ListSpec;
}

const LISTS = new Map<string, ListedResource>();

/** Called once per list by the shared read resolver, so that every list is known by its name (exports). */
export const registerList = (list: ListedResource): void => {
  LISTS.set(list.plural, list);
};

export const listedResource = (plural: string): ListedResource | undefined => LISTS.get(plural);
