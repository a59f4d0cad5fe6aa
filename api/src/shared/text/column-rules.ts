import type { EntityMetadata, EntityProperty } from '@mikro-orm/core';
import { TEXT_LIMITS } from './limits';
import type { TextRule } from './text.rules';

const VARCHAR = /^(?:varchar|character varying)\((\d+)\)$/i;
const rules = new WeakMap<EntityProperty, TextRule | null>();

/**
 * The rule of a text column, from MikroORM's metadata: `varchar(n)` holds n characters on one line; `text` is free
 * text (our cap, several lines). Enum columns, non-text columns and references have none (their values are checked
 * by their GraphQL type).
 */
export function columnRule(prop: EntityProperty | undefined): TextRule | undefined {
  if (!prop || prop.kind !== 'scalar' || prop.enum) return undefined;
  let rule = rules.get(prop);
  if (rule === undefined) {
    const column = String(prop.columnTypes?.[0] ?? '');
    const varchar = column.match(VARCHAR);
    if (varchar) rule = { maxLength: Number(varchar[1]), multiline: false };
    else if (/^text(\[\])?$/i.test(column)) rule = { maxLength: TEXT_LIMITS.freeText, multiline: !column.endsWith('[]') };
    else rule = null;
    rules.set(prop, rule);
  }
  return rule ?? undefined;
}

/** The rule of the column an input field writes (`name` → the `name` column), if it writes a text column. */
export const fieldRule = (meta: EntityMetadata, field: string): TextRule | undefined =>
  columnRule(meta.properties[field as never] as EntityProperty | undefined);
