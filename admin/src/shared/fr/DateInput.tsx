import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { type ReactNode, useEffect, useState } from 'react';
import { FieldTitle, InputHelperText, useInput, type InputProps, type Validator } from 'react-admin';
import { dateOfIso, INVALID, isoOfDate } from './parse';

/** An incomplete or impossible date (« 31/02/2026 ») stops the form rather than being sent as no date. */
const completeDate: Validator = (value) => (value === INVALID ? 'app.dates.invalid' : undefined);

export type DateInputProps = InputProps & {
  label?: ReactNode;
  helperText?: ReactNode;
  fullWidth?: boolean;
  size?: 'small' | 'medium';
  className?: string;
};

/**
 * react-admin's DateInput with the MUI X date picker: `jj/mm/aaaa` typed or picked, read the French way whatever
 * the browser's language (the native date input follows it: an English browser read `01092026` as 9 January).
 * The form holds the API's ISO day. The picker keeps what is being typed: the form's value is fed back to it only
 * when it changes from outside (a reset, a default).
 */
export const DateInput = ({ source, label, helperText, validate, fullWidth, size, className, ...rest }: DateInputProps) => {
  const validators = [...(Array.isArray(validate) ? validate : validate ? [validate] : []), completeDate];
  const { field, fieldState, id, isRequired } = useInput({ source, validate: validators, ...rest });
  const [date, setDate] = useState<Date | null>(() => dateOfIso(field.value));
  useEffect(() => {
    if (isoOfDate(date) !== (field.value || null)) setDate(dateOfIso(field.value));
    // Only a change of the form's value (not of what is typed) re-reads it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [field.value]);

  const error = fieldState.invalid ? fieldState.error?.message : undefined;
  return (
    <DatePicker
      className={className}
      label={<FieldTitle label={label as string} source={source} resource={rest.resource} isRequired={isRequired} />}
      value={date}
      onChange={(next) => {
        setDate(next);
        field.onChange(isoOfDate(next));
      }}
      disabled={rest.disabled}
      readOnly={rest.readOnly}
      inputRef={field.ref}
      slotProps={{
        textField: {
          id,
          name: field.name,
          onBlur: field.onBlur,
          error: Boolean(error),
          required: false,
          fullWidth,
          size,
          margin: 'dense',
          helperText: helperText !== false || error ? <InputHelperText error={error} helperText={helperText} /> : undefined,
        },
      }}
    />
  );
};
