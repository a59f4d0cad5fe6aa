import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';
import { knownLabel, knownValueLabel } from '../exports/labels';
import { knownEntityLabel } from './labels';

/**
 * The schema documented in French, by rule where a rule exists, so that no description is copied by hand:
 * - the arguments every list or mutation shares (`limit`, `offset`, `asOf`, `filter`, `id`, `version`, `rows`…);
 * - the fields every record has (`id`, `version`, `createdAt`, `validFrom`…) and those of the generated types
 *   (pages, bulk rows and results);
 * - a field, input field or filter field the back office labels: its label, from `schema/labels.fr.json` (the one
 *   source of the screens' and the exports' words, written from the back office's translations);
 * - an enum value the back office labels: its label, from the same file;
 * - the generated types (`XPage`, `XRow`, `XRowResult`, `XSaveResult`, `XInput`, `XFilter`): the record's French
 *   name (`Resource.label`); the root types; the library scalars (graphql-scalars describes them in English).
 * A description written in a decorator (the domain's, citing its text: « [004 §II.3] ») always wins. Whatever is
 * left without one is listed by `undocumented()`, which the test command checks.
 */

const ARGUMENTS: Record<string, string> = {
  offset: 'Rang du premier élément de la page (0 : le début de la liste).',
  limit: 'Nombre d’éléments au plus dans la page (plafonné par MAX_PAGE_SIZE ; le coût de la requête en dépend).',
  filter: 'Critères de la liste : un élément doit les remplir tous.',
  asOf: 'Date de l’état lu (AAAA-MM-JJ) : seuls les enregistrements valides ce jour-là, avec les valeurs en vigueur ce jour-là (nom, arborescence, grade…), à tous les niveaux en dessous.',
  id: 'Identifiant (UUID) de l’enregistrement.',
  version:
    'Version de l’enregistrement telle qu’elle a été lue : refusé (CONFLICT) si quelqu’un l’a modifié depuis, pour ne pas écraser sa modification.',
  input: 'Les valeurs de l’enregistrement (un champ omis garde sa valeur).',
  rows: 'Les lignes à enregistrer, toutes ou aucune : une ligne avec un id (et la version lue) modifie, sans id elle crée.',
  dryRun: 'Vrai : tout est vérifié, rien n’est écrit ; la réponse est celle qu’aurait donnée l’enregistrement.',
  recordedAt:
    'Le registre tel qu’il était enregistré à cet instant (ce qu’un rapport envoyé ce jour-là a lu), d’après l’historique que PostgreSQL garde de chaque table ; avec asOf, les enregistrements valides à cette date tels qu’ils étaient connus à cet instant. Administration nationale seulement.',
  q: 'Recherche plein texte, sans tenir compte des accents ni de la casse, sur les champs de recherche du type.',
};

const FIELDS: Record<string, string> = {
  id: 'Identifiant (UUID) de l’enregistrement, stable.',
  version: 'Version de l’enregistrement, augmentée à chaque modification : la renvoyer pour modifier (contrôle des conflits).',
  createdAt: 'Date et heure de création de l’enregistrement.',
  updatedAt: 'Date et heure de la dernière modification de l’enregistrement.',
  validFrom: 'Premier jour de validité.',
  validTo: 'Dernier jour de validité (vide : sans date de fin).',
  items: 'Les éléments de la page.',
  totalCount: 'Nombre d’éléments de toute la liste filtrée (toutes pages confondues).',
  ok: 'Vrai quand aucune ligne n’a d’erreur : toutes les lignes ont alors été écrites (sauf en simulation, dryRun).',
  dryRun: 'Vrai quand rien n’a été écrit (simulation demandée).',
  rows: 'Le résultat de chaque ligne, dans l’ordre de la demande.',
  index: 'Rang de la ligne dans la demande (à partir de 0).',
  violations: 'Les règles que la ligne enfreint (vide : ligne valide).',
  current: 'En cas de conflit de version : l’enregistrement tel qu’il est maintenant.',
  values: 'Les valeurs de la ligne.',
  ids: 'Seulement ces enregistrements (identifiants).',
};

/** The root types, which type-graphql builds without a description option. */
const ROOTS: Record<string, string> = {
  Query: 'Les lectures : listes paginées, enregistrements et indicateurs, dans le périmètre de l’appelant.',
  Mutation: 'Les écritures : création, modification, suppression, enregistrement en masse, et les transitions explicites des processus.',
};

/** The scalars of graphql-scalars, whose own descriptions are English: ours replace them. */
const SCALARS: Record<string, string> = {
  Date: 'Une date du calendrier, AAAA-MM-JJ (2026-12-01), sans heure ni fuseau : une date impossible (2024-02-30) est refusée.',
  DateTime: 'Un instant, en UTC au format ISO 8601 (2026-12-01T14:30:00Z).',
  EmailAddress: 'Une adresse électronique (RFC 5322).',
  JSONObject: 'Un objet JSON (par exemple les valeurs avant et après d’une entrée d’historique).',
};

/** Generated types: the record's type, and what the generator made of it. */
const GENERATED: [suffix: string, describe: (label: string) => string][] = [
  ['RowResult', (label) => `Résultat d’une ligne d’un enregistrement en masse de « ${label} ».`],
  ['SaveResult', (label) => `Résultat d’un enregistrement en masse de « ${label} » (tout ou rien, violations ligne par ligne).`],
  ['Page', (label) => `Une page de la liste « ${label} » et le nombre total d’éléments de la liste filtrée.`],
  [
    'Row',
    (label) => `Une ligne d’un enregistrement en masse de « ${label} » : avec un id (et la version lue) elle modifie, sans id elle crée.`,
  ],
  ['Input', (label) => `Les valeurs d’un enregistrement « ${label} » à créer ou à modifier.`],
  ['Filter', (label) => `Les critères de la liste « ${label} » (tous doivent être remplis).`],
];

/** `ServiceSaveResult` → [`Service`, « Service », describe]: a resource's type and what the generator made of it. */
function generated(typeName: string): [string, string, (label: string) => string] | undefined {
  for (const [suffix, describe] of GENERATED) {
    const recordType = typeName.slice(0, -suffix.length);
    const label = typeName.endsWith(suffix) ? knownEntityLabel(recordType) : undefined;
    if (label) return [recordType, label, describe];
  }
  return undefined;
}

/** A filter field's meaning by the naming convention `whereFrom` applies (shared/list.ts). */
function filterField(recordType: string, field: string): string | undefined {
  if (FIELDS[field] && field === 'ids') return FIELDS[field];
  if (field === 'q') return ARGUMENTS.q;
  const reference = field.endsWith('Ids') ? field.slice(0, -3) : field.endsWith('Id') ? field.slice(0, -2) : undefined;
  const label = knownLabel(recordType, reference ?? field);
  if (!label) return undefined;
  if (field.endsWith('Ids')) return `Seulement ceux dont « ${label} » est l’un de ceux-ci (identifiants).`;
  if (field.endsWith('Id')) return `Seulement ceux dont « ${label} » est celui-ci (identifiant).`;
  return `Seulement ceux dont « ${label} » a cette valeur (ou l’une de ces valeurs).`;
}

const sentence = (label: string) => (/[.!?»)]$/.test(label) ? label : `${label}.`);

function describeField(typeName: string, field: GraphQLField<unknown, unknown> | GraphQLInputField): void {
  if (!field.description) {
    const gen = generated(typeName);
    const recordType = gen && (typeName.endsWith('Input') || typeName.endsWith('Row')) ? gen[0] : typeName;
    const own = gen && typeName.endsWith('Filter') ? filterField(gen[0], field.name) : knownLabel(recordType, field.name);
    const text = own ? sentence(own) : FIELDS[field.name];
    if (text) field.description = text;
  }
  for (const arg of 'args' in field ? field.args : []) describeArgument(arg);
}

function describeArgument(arg: GraphQLArgument): void {
  if (!arg.description && ARGUMENTS[arg.name]) (arg as { description?: string | null }).description = ARGUMENTS[arg.name];
}

export function documentSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (isScalarType(type) && SCALARS[type.name]) type.description = SCALARS[type.name];
    if (!type.description) {
      const gen = generated(type.name);
      if (gen) type.description = gen[2](gen[1]);
      else if (ROOTS[type.name]) type.description = ROOTS[type.name];
    }
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) describeField(type.name, field);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        const label = knownValueLabel(type.name, value.name);
        if (!value.description && label) value.description = sentence(label);
      }
    }
  }
  return schema;
}

/** Words of English prose no French description holds (code in backquotes and quoted titles aside). */
const ENGLISH = /\b(the|this|that|which|with|without|default|only|when|is|are|by|of|and|or|if)\b/i;
const prose = (text: string) =>
  text
    .replace(/`[^`]*`/g, '')
    .replace(/«[^»]*»/g, '')
    .replace(/"[^"]*"/g, '');

/** A description that reads as English, as an undocumented element would: the explorer shows it to French users. */
export const readsEnglish = (description: string) => ENGLISH.test(prose(description));

/**
 * Every type, field, argument and enum value of the schema without a French description (the test command's check):
 * missing, or written in English (marked « (anglais) »).
 */
export function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (path: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(path);
    else if (readsEnglish(description)) missing.push(`${path} (anglais)`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of 'args' in field ? field.args : []) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
  }
  return missing.sort();
}
