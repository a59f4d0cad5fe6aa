/** Numbers the French way whatever the browser's language: « 1 000 », « 0,55 ». */
export const NUMBER_LOCALE = 'fr-FR';

const integer = new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 2 });

export const formatInteger = (value: number | null | undefined) => (value === null || value === undefined ? '' : integer.format(value));
export const formatDecimal = (value: number | null | undefined) => (value === null || value === undefined ? '' : decimal.format(value));

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
