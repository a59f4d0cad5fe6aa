/** Numbers the French way whatever the browser's language: « 1 000 », « 0,55 ». */
export const NUMBER_LOCALE = 'fr-FR';

/**
 * A number Intl wrote for fr-FR, with its thousands apart by a no-break space (U+00A0) instead of Intl's narrow one
 * (U+202F): in Marianne at 12 px the narrow one is 1.6 px wide, and « 1 000 » on a chart's axis reads « 1000 ». Every
 * number the back office writes goes through it; the inputs read both (`parseNumber`).
 */
export const frenchNumber = (text: string) => text.replace(/\u202f/g, '\u00a0');

const integer = new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 2 });

export const formatInteger = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : frenchNumber(integer.format(value));
export const formatDecimal = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : frenchNumber(decimal.format(value));

/**
 * The options of a counted i18n text (« %{count} ligne enregistrée |||| %{count} lignes enregistrées »): polyglot
 * picks the form by `smart_count` (French rule: 0 and 1 singular), `%{count}` shows the number the French way
 * (« 1 200 »). Any other interpolations go in `extra`.
 */
export const counted = (n: number, extra: Record<string, unknown> = {}) => ({ ...extra, smart_count: n, count: formatInteger(n) });

/**
 * The same for a text built in code, outside i18n (a record's representation): « 1 correspondant requis »,
 * « 1 200 correspondants requis », never « correspondant(s) ». 0 and 1 take the singular.
 */
export const countWords = (n: number, singular: string, plural: string) => `${formatInteger(n)} ${Math.abs(n) < 2 ? singular : plural}`;
