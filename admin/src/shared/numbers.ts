/** Numbers the French way whatever the browser's language: « 1 000 », « 0,55 ». */
export const NUMBER_LOCALE = 'fr-FR';

const integer = new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 2 });

export const formatInteger = (value: number | null | undefined) => (value === null || value === undefined ? '' : integer.format(value));
export const formatDecimal = (value: number | null | undefined) => (value === null || value === undefined ? '' : decimal.format(value));
