import { DateField, type DateFieldProps } from 'react-admin';
import { DATE_LOCALE, DATE_TIME_OPTIONS } from './french';

/** The back office shows dates the French way, whatever the browser's language. */
export { DATE_LOCALE, frDate } from './french';

/**
 * A `Date` scalar (validFrom, validTo, mobilityPlanDate…): "01/01/2015".
 * No `options` by default, so react-admin keeps reading "YYYY-MM-DD" as a UTC day (no shift by the
 * browser's time zone).
 */
export const FrDateField = (props: DateFieldProps) => <DateField locales={DATE_LOCALE} {...props} />;

/** A `DateTime` scalar (createdAt, updatedAt, the audit trail's `at`): "02/01/2024 04:04:05", Paris time. */
export const FrDateTimeField = (props: DateFieldProps) => (
  <DateField locales={DATE_LOCALE} options={DATE_TIME_OPTIONS} showTime {...props} />
);
