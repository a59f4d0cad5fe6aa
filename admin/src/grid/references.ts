/**
 * References typed or pasted as text (`PREF-35`, a ministry's name, an agent's registration number) become ids:
 * the distinct texts of a paste or an import are looked up together, through the referenced list query.
 */
import { invalid, type Invalid, isInvalid, normalize, parseText, referenceName, type ReferenceName, type Translate } from './convert';
import type { GridColumn, ReferenceTarget } from './model';
import type { CellEdit } from './staging';

/** Candidate records for each text, in the order of `texts` (see ./api.ts). */
export type FetchCandidates = (target: ReferenceTarget, texts: string[]) => Promise<Record<string, unknown>[][]>;

export type Resolved = { value: string; name: ReferenceName } | { error: string };

const KEY_WORDS: Record<string, string> = {
  code: 'son code',
  registrationNumber: 'son matricule',
  name: 'son nom exact',
  reference: 'sa référence',
};

/** What to type to name a record of `target`, for the messages: « son code », « son nom ou son code ». */
export function howToName(target: ReferenceTarget): string {
  const key = KEY_WORDS[target.key] ?? `son ${target.key}`;
  return target.byDetails ? `son nom ou ${key}` : key;
}

/**
 * The text searched for a typed name (the list's `q`, a « contains » search): the key part of `key – details` as the
 * grid shows it, else the whole text. Apostrophes need no care: the API folds ’ and ' alike, as `normalize` does for
 * the candidates matched in full. Searching less than the text would find more records than the lookup keeps.
 */
export function searchTextOf(text: string): string {
  return text.split(' – ')[0].trim();
}

/** The record a text names: by its key, by `key – details` as the grid shows it, or by its details if only one matches. */
export function matchReference(target: ReferenceTarget, text: string, candidates: Record<string, unknown>[]): Resolved {
  const wanted = normalize(text);
  const keyPart = normalize(text.split(' – ')[0]);
  const named = candidates.map((record) => ({ record, name: referenceName(target, record) }));
  const how = howToName(target);
  const byKey = named.filter((c) => normalize(c.name.key) === wanted || normalize(c.name.key) === keyPart);
  if (byKey.length === 1) return { value: String(byKey[0].record.id), name: byKey[0].name };
  // A key shared by several records (a post's successive holders) is never resolved by picking one.
  if (byKey.length > 1) return { error: `« ${text} » désigne ${byKey.length} enregistrements : choisissez-le dans la liste.` };
  const byDetails = named.filter((c) => normalize(target.details.map((f) => c.record[f]).join(' ')) === wanted);
  if (byDetails.length === 1) return { value: String(byDetails[0].record.id), name: byDetails[0].name };
  if (byDetails.length > 1) return { error: `« ${text} » désigne ${byDetails.length} enregistrements : indiquez ${how}.` };
  return { error: `« ${text} » : aucun enregistrement ne correspond (indiquez ${how}).` };
}

export interface Lookup {
  target: ReferenceTarget;
  text: string;
}

/**
 * Resolves every lookup, one batch of queries per referenced resource. Returns, for each lookup, the id (and the
 * record's name, for display) or an `Invalid` carrying the French message.
 */
export async function resolveLookups(
  lookups: Lookup[],
  fetch: FetchCandidates,
): Promise<(Invalid | { value: string; name: ReferenceName })[]> {
  const byResource = new Map<string, { target: ReferenceTarget; texts: Set<string> }>();
  for (const { target, text } of lookups) {
    const group = byResource.get(target.resource) ?? { target, texts: new Set<string>() };
    group.texts.add(text);
    byResource.set(target.resource, group);
  }
  const resolved = new Map<string, Resolved>();
  for (const [resource, { target, texts }] of byResource) {
    const list = [...texts];
    const candidates = await fetch(target, list.map(searchTextOf));
    list.forEach((text, i) => resolved.set(`${resource}\u0000${text}`, matchReference(target, text, candidates[i] ?? [])));
  }
  return lookups.map(({ target, text }) => {
    const result = resolved.get(`${target.resource}\u0000${text}`)!;
    return 'error' in result ? invalid(text, result.error) : result;
  });
}

export interface TextCell {
  key: string;
  field: string;
  text: string;
}

/**
 * Typed, pasted or imported texts → cell values: converted by column type, references looked up in one batch
 * per referenced resource. A text that does not convert becomes an `Invalid` value (the cell shows it, marked).
 * Returns the values and the names of the referenced records found, for display.
 */
export async function convertCells(
  cells: TextCell[],
  columnOf: (field: string) => GridColumn | undefined,
  t: Translate,
  fetch: FetchCandidates,
): Promise<{ edits: CellEdit[]; names: [string, ReferenceName][] }> {
  const edits: CellEdit[] = [];
  const lookups: { index: number; lookup: Lookup }[] = [];
  for (const { key, field, text } of cells) {
    const column = columnOf(field);
    if (!column) continue;
    const parsed = parseText(column, text, t);
    if ('lookup' in parsed) lookups.push({ index: edits.length, lookup: { target: column.reference!, text: parsed.lookup } });
    edits.push({ key, field, value: 'error' in parsed ? invalid(text, parsed.error) : 'value' in parsed ? parsed.value : null });
  }
  const resolved = lookups.length
    ? await resolveLookups(
        lookups.map((l) => l.lookup),
        fetch,
      )
    : [];
  const names: [string, ReferenceName][] = [];
  resolved.forEach((result, i) => {
    const edit = edits[lookups[i].index];
    if (isInvalid(result)) edit.value = result;
    else {
      edit.value = result.value;
      names.push([result.value, result.name]);
    }
  });
  return { edits, names };
}
