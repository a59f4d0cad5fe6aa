import { isInputObjectType, type GraphQLSchema } from 'graphql';
import { allowedNote, requiredNote, sortableNote } from '../../../schema/notes';

/**
 * What each resource declares about its lists and inputs, written into the schema's descriptions so that the
 * committed `schema/schema.graphql` says it to every client (the back office derives its sortable columns and
 * its required markers from it, instead of copying the lists by hand). One mechanism, applied once to the built
 * schema; the resource declarations (`Resource.list.sortable`, `Resource.required`) stay the only source, and the
 * notes' wording is schema/notes.ts, which the back office reads them with.
 */
const SORTABLE = new Map<string, readonly string[]>();
const REQUIRED = new Map<string, readonly string[]>();
const ALLOWED = new Map<string, Map<string, readonly (string | number)[]>>();

export const noteSortable = (listQuery: string, fields: readonly string[]) => void SORTABLE.set(listQuery, fields);
export const noteRequired = (inputType: string, fields: readonly string[]) => void REQUIRED.set(inputType, fields);
/** The only values a scalar input field takes (a number the rules check, too few to be worth an enum's names). */
export const noteAllowed = (inputType: string, field: string, values: readonly (string | number)[]) =>
  void ALLOWED.set(inputType, new Map([...(ALLOWED.get(inputType) ?? []), [field, values]]));

export function describeResources(schema: GraphQLSchema): GraphQLSchema {
  const queries = schema.getQueryType()!.getFields();
  for (const [name, fields] of SORTABLE) {
    const sort = queries[name]?.args.find((a) => a.name === 'sort');
    if (!sort) throw new Error(`Liste inconnue du schéma : ${name}`);
    sort.description = sortableNote(fields);
  }
  for (const [name, fields] of REQUIRED) {
    const input = schema.getType(name);
    if (!isInputObjectType(input)) throw new Error(`Type d’entrée inconnu du schéma : ${name}`);
    for (const field of fields) {
      const target = input.getFields()[field];
      if (!target) throw new Error(`Champ obligatoire absent de ${name} : ${field}`);
      target.description = [target.description, requiredNote].filter(Boolean).join(' ');
    }
  }
  for (const [name, fields] of ALLOWED) {
    const input = schema.getType(name);
    if (!isInputObjectType(input)) throw new Error(`Type d’entrée inconnu du schéma : ${name}`);
    for (const [field, values] of fields) {
      const target = input.getFields()[field];
      if (!target) throw new Error(`Champ absent de ${name} : ${field}`);
      target.description = [target.description, allowedNote(values)].filter(Boolean).join(' ');
    }
  }
  return schema;
}
