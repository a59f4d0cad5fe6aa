import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { dateOfIso, INVALID, isoOfDate } from './parse';

export interface DatePickerFieldProps {
  label: string;
  /** An ISO day, or '' for none. */
  value: string;
  /** Called with complete dates only (an ISO day), or '' once emptied. */
  onChange: (iso: string) => void;
  disabled?: boolean;
  min?: string;
  max?: string;
  testId?: string;
}

/**
 * A date picker outside a react-admin form (the « À la date du » of the indicators, the ratio, the spreadsheets;
 * a convention's effective date): `jj/mm/aaaa` whatever the browser's language.
 */
export const DatePickerField = ({ label, value, onChange, disabled, min, max, testId }: DatePickerFieldProps) => (
  <DatePicker
    label={label}
    value={dateOfIso(value)}
    onChange={(date) => {
      const iso = isoOfDate(date);
      if (iso !== INVALID) onChange(iso ?? '');
    }}
    disabled={disabled}
    minDate={dateOfIso(min) ?? undefined}
    maxDate={dateOfIso(max) ?? undefined}
    slotProps={{ textField: { size: 'small', ...(testId ? { 'data-testid': testId } : {}) } }}
  />
);
