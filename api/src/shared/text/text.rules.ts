import { violation, type Violation } from '../errors';

/** What a text field accepts: at most `maxLength` characters (code points, as PostgreSQL counts), one line or several. */
export interface TextRule {
  maxLength: number;
  /** Free text (reasons, reports): tab, line feed and carriage return are allowed; in any other field they are not. */
  multiline: boolean;
}

// Unicode category Cc: C0 controls (NUL…), DEL and C1 controls. PostgreSQL stores no NUL at all (text or jsonb),
// and the others are invisible in a list, a CSV export or a printed letter.
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINES = /(?![\t\n\r])\p{Cc}/u;

// Category Cs in a `u` regex matches only a surrogate that is not half of a pair.
const LONE_SURROGATE = /\p{Cs}/u;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Characters, not UTF-16 units (a 1 MB value costs one pass, and only when its UTF-16 length is over the limit). */
function characters(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

/**
 * The checks every text a caller sends goes through, before it reaches a rule or the database: its length, no
 * control character, and well-formed Unicode (a lone UTF-16 surrogate cannot be stored as UTF-8).
 * `label` is the French name of the field as the user knows it.
 */
export function textViolations(field: string, label: string, value: string, rule: TextRule): Violation[] {
  const out: Violation[] = [];
  const lone = value.match(LONE_SURROGATE);
  if (lone)
    out.push(
      violation(
        field,
        'TEXT_INVALID_UNICODE',
        `« ${label} » : texte Unicode invalide (demi-caractère ${codePoint(lone[0])} isolé) : ressaisissez le texte.`,
      ),
    );
  if (value.length > rule.maxLength) {
    const count = characters(value);
    if (count > rule.maxLength)
      out.push(violation(field, 'TEXT_TOO_LONG', `« ${label} » : ${count} caractères, ${rule.maxLength} au plus.`));
  }
  const control = value.match(rule.multiline ? CONTROL_EXCEPT_LINES : CONTROL);
  if (control) {
    const allowed = rule.multiline ? ' (seuls la tabulation et les retours à la ligne sont admis)' : ' (le texte tient sur une ligne)';
    out.push(
      violation(field, 'TEXT_CONTROL_CHARACTER', `« ${label} » : caractère de contrôle ${codePoint(control[0])} interdit${allowed}.`),
    );
  }
  return out;
}

/** The same for a value that may be a list of texts (an array column); other values pass. */
export function valueViolations(field: string, label: string, value: unknown, rule: TextRule): Violation[] {
  if (typeof value === 'string') return textViolations(field, label, value, rule);
  if (Array.isArray(value)) return value.flatMap((v) => (typeof v === 'string' ? textViolations(field, label, v, rule) : []));
  return [];
}

const TEXT_CODES = new Set(['TEXT_TOO_LONG', 'TEXT_CONTROL_CHARACTER', 'TEXT_INVALID_UNICODE']);
export const isTextViolation = (v: Violation) => TEXT_CODES.has(v.code);
