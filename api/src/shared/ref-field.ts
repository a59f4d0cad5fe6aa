import type { GraphQLResolveInfo } from 'graphql';
import type { ClassType } from 'type-graphql';
import { Field, UseMiddleware } from 'type-graphql';
import type { Context } from '../context';
import { entityLabel, fieldLabel } from './labels';
import { currentRequest } from './request-scope';
import { enclosingAsOf } from './versions/read-date';
import { versionedSpecOf } from './versions/versioned';

const WITHHELD =
  'Vide quand l’enregistrement est retenu : il est hors de votre périmètre ou de vos conventions (la raison est dans `extensions.withheld` de la réponse).';

/** Notes, once per field and request, that a reference read null because the caller may not read its record. */
export function noteWithheld(info: GraphQLResolveInfo, target: string): void {
  noteWithheldField(info.parentType.name, info.fieldName, target);
}

/** The same, by names (for a compiled row answered without its resolvers: `read/answer.ts`). */
export function noteWithheldField(parentType: string, fieldName: string, target: string): void {
  const withheld = currentRequest()?.withheld;
  if (!withheld) return;
  const field = `${parentType}.${fieldName}`;
  const known = withheld.get(field);
  if (known) {
    known.count++;
    return;
  }
  const label = fieldLabel(parentType, `${fieldName}Id`);
  const named = label === `${fieldName}Id` ? entityLabel(target) : label;
  withheld.set(field, {
    field,
    count: 1,
    message: `Référence non communiquée : « ${named} » (${entityLabel(parentType)}) est hors de votre périmètre ou du champ de vos conventions.`,
  });
}

/**
 * A GraphQL field over a MikroORM many-to-one: the entity holds only a reference (its id),
 * so the field initialises it through the request's batching loader (one query per type and level), under the
 * caller's scope. A reference to a record the caller may not read is withheld: it reads null and the response says
 * why (`extensions.withheld`), instead of failing the whole query; `withheld: true` makes such a field nullable
 * (the access policy says which may be: `referenceMayBeHidden`, checked by policy.test.ts). A versioned record is read
 * as of the read's date (the nearest `asOf` enclosing the field, else today: issue 17 item 1), e.g. the parent of a
 * service a computed field answered as of that date.
 */
export function RefField(
  type: () => ClassType,
  options: { nullable?: boolean; description?: string; withheld?: boolean } = {},
): PropertyDecorator {
  const { withheld, ...field } = options;
  const description = withheld ? [field.description, WITHHELD].filter(Boolean).join(' ') : field.description;
  return (target, key) => {
    Field(type, { ...field, nullable: field.nullable || withheld, description })(target, key);
    UseMiddleware(async ({ context, info }: { context: Context; info: GraphQLResolveInfo }, next: () => Promise<unknown>) => {
      const ref = (await next()) as { id: string } | null;
      const day = ref && versionedSpecOf(ref.constructor.name) ? enclosingAsOf(info) : undefined;
      const loaded = await context.loaders.reference(ref, day);
      if (ref && !loaded) noteWithheld(info, ref.constructor.name);
      return loaded;
    })(target, key);
  };
}
