import { NumberField as RaNumberField, type NumberFieldProps } from 'react-admin';
import { frenchNumber, NUMBER_LOCALE } from '../numbers';

/**
 * The text shown for a value: a number (or a numeric string, as react-admin's own transform reads it) in Intl's
 * fr-FR with `frenchNumber`'s spaces. react-admin shows a string from `transform` as it is (its type says a number:
 * the cast says what it does).
 */
const written = (options: NumberFieldProps['options']) =>
  ((value: unknown) => {
    const n = typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value;
    return typeof n === 'number' ? frenchNumber(n.toLocaleString(NUMBER_LOCALE, options)) : n;
  }) as NumberFieldProps['transform'];

/** react-admin's NumberField written the French way (« 0,55 », « 1 000 ») whatever the browser's language. */
export const NumberField = ({ options, ...props }: NumberFieldProps) => <RaNumberField transform={written(options)} {...props} />;
NumberField.textAlign = 'right' as const;
