import { NumberField as RaNumberField, type NumberFieldProps } from 'react-admin';

/** react-admin's NumberField written the French way (« 0,55 », « 1 000 ») whatever the browser's language. */
export const NumberField = (props: NumberFieldProps) => <RaNumberField locales="fr-FR" {...props} />;
NumberField.textAlign = 'right' as const;
