/**
 * Cell values ↔ text, the way a French spreadsheet writes them: dates `15/03/2024`, enum labels, `Oui`/`Non`,
 * references by their code. The same functions serve display, copy, paste, export and import, so that what is
 * exported re-imports as is.
 */
import type { GridColumn, ReferenceTarget } from './model';

/** An i18n lookup; `options` are polyglot's (interpolations, `smart_count`). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A text that could not become a value: the cell keeps the text and shows the message. */
export interface Invalid {
  invalid: true;
  text: string;
  message: string;
}
export const isInvalid = (value: unknown): value is Invalid =>
  typeof value === 'object' && value !== null && (value as Invalid).invalid === true;
export const invalid = (text: string, message: string): Invalid => ({ invalid: true, text, message });

/** What a text becomes: a value, an error, or a reference to look up (see ./references.ts). */
export type Parsed = { value: unknown } | { error: string } | { lookup: string };

/**
 * How a referenced record is named: its key (what users type) and a readable label (what the grid shows:
 * `PREF-35 – Préfecture`, or the name alone for a target shown by its details, `Ministère de l’Intérieur`).
 */
export interface ReferenceName {
  key: string;
  label: string;
}
export type ReferenceNames = ReadonlyMap<string, ReferenceName>;

export const normalize = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export function referenceName(target: ReferenceTarget, record: Record<string, unknown>): ReferenceName {
  const key = String(record[target.key] ?? '');
  const details = target.details
    .map((f) => record[f])
    .filter((v) => v !== null && v !== undefined && v !== '')
    .join(' ');
  if (!details) return { key, label: key };
  return { key, label: target.byDetails ? details : `${key} – ${details}` };
}

/**
 * What an export writes for a referenced record: its key (`PREF-35`), or its label when the grid shows it by its
 * details (`Ministère de l’Intérieur`, what the user read in the grid). Both parse back (./references.ts).
 */
export const exportedName = (target: ReferenceTarget, name: ReferenceName) => (target.byDetails ? name.label : name.key);

const enumLabel = (column: GridColumn, value: string, t: Translate) => t(`enums.${column.enumName}.${value}`);

/** ISO `2024-03-15` → `15/03/2024`. */
export const frenchDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

/** The text of a value. `forExport` names references by their key alone, so that the text parses back. */
export function formatValue(column: GridColumn, value: unknown, t: Translate, names: ReferenceNames, forExport = false): string {
  if (isInvalid(value)) return value.text;
  if (value === null || value === undefined) return '';
  switch (column.type) {
    case 'date':
      return frenchDate(String(value));
    case 'enum':
      return enumLabel(column, String(value), t);
    case 'boolean':
      return value ? 'Oui' : 'Non';
    case 'number':
      return String(value).replace('.', ',');
    case 'reference': {
      const name = names.get(String(value));
      if (!name) return String(value);
      return forExport ? exportedName(column.reference!, name) : name.label;
    }
    default:
      return String(value);
  }
}

const TRUE = new Set(['oui', 'o', 'vrai', 'true', '1', 'x', 'yes']);
const FALSE = new Set(['non', 'n', 'faux', 'false', '0', 'no']);

function parseDate(text: string): Parsed {
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [y, m, d] = french ? [french[3], french[2], french[1]] : iso ? [iso[1], iso[2], iso[3]] : ['', '', ''];
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (!y || date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    return { error: `« ${text} » n’est pas une date valide (jj/mm/aaaa).` };
  }
  return { value: `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` };
}

function parseNumber(column: GridColumn, text: string): Parsed {
  const value = Number(text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  if (!Number.isFinite(value)) return { error: `« ${text} » n’est pas un nombre.` };
  if (column.integer && !Number.isInteger(value)) return { error: `« ${text} » : un nombre entier est attendu.` };
  return { value };
}

function parseEnum(column: GridColumn, text: string, t: Translate): Parsed {
  const wanted = normalize(text);
  const values = column.enumValues ?? [];
  const found = values.find((v) => normalize(v) === wanted || normalize(enumLabel(column, v, t)) === wanted);
  if (found) return { value: found };
  return { error: `« ${text} » : valeurs possibles : ${values.map((v) => enumLabel(column, v, t)).join(', ')}.` };
}

/** The value of a typed or pasted text; an empty text clears the cell. */
export function parseText(column: GridColumn, raw: string, t: Translate): Parsed {
  const text = raw.trim();
  if (text === '') return { value: null };
  switch (column.type) {
    case 'date':
      return parseDate(text);
    case 'number':
      return parseNumber(column, text);
    case 'enum':
      return parseEnum(column, text, t);
    case 'boolean': {
      const word = normalize(text);
      if (TRUE.has(word)) return { value: true };
      if (FALSE.has(word)) return { value: false };
      return { error: `« ${text} » : répondez Oui ou Non.` };
    }
    case 'reference':
      return { lookup: text };
    default:
      return { value: text };
  }
}
