import { TextField } from '@mui/material';
import { type ReactNode, useEffect, useState } from 'react';
import { FieldTitle, InputHelperText, maxValue, minValue, useInput, type InputProps, type Validator } from 'react-admin';
import { formatNumber, INVALID, parseNumber } from './parse';

const aNumber: Validator = (value) => (value === INVALID ? 'app.numbers.invalid' : undefined);

export type NumberInputProps = InputProps & {
  label?: ReactNode;
  helperText?: ReactNode;
  fullWidth?: boolean;
  className?: string;
  /** Thousands grouping when shown (off for a year). */
  grouping?: boolean;
  /** Kept for the call sites written for react-admin's NumberInput; a text input has no spinner. */
  step?: number;
  /** Bounds, checked like react-admin's `minValue`/`maxValue` (a text input has no native bounds). */
  min?: number;
  max?: number;
};

/**
 * A number input that takes « 0,55 » and « 1 000 » and shows them so: the native `type="number"` follows the
 * browser's language (an English browser refuses the comma and shows « 0.55 »). The form holds a number.
 */
export const NumberInput = ({
  source,
  label,
  helperText,
  validate,
  fullWidth,
  className,
  grouping = true,
  step: _step,
  min,
  max,
  ...rest
}: NumberInputProps) => {
  const bounds = [...(min === undefined ? [] : [minValue(min)]), ...(max === undefined ? [] : [maxValue(max)])];
  const validators = [...(Array.isArray(validate) ? validate : validate ? [validate] : []), aNumber, ...bounds];
  const { field, fieldState, id, isRequired } = useInput({ source, validate: validators, ...rest });
  const [text, setText] = useState(() => formatNumber(field.value, grouping));
  useEffect(() => {
    if (!Object.is(parseNumber(text), field.value ?? null)) setText(formatNumber(field.value, grouping));
    // Only a change of the form's value (not of what is typed) rewrites the text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [field.value]);

  const error = fieldState.invalid ? fieldState.error?.message : undefined;
  return (
    <TextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      className={className}
      label={<FieldTitle label={label as string} source={source} resource={rest.resource} isRequired={isRequired} />}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        field.onChange(parseNumber(event.target.value));
      }}
      onBlur={() => {
        // Once left, the number is written the French way (« 1000 » → « 1 000 »).
        const value = parseNumber(text);
        if (typeof value === 'number') setText(formatNumber(value, grouping));
        field.onBlur();
      }}
      disabled={rest.disabled}
      slotProps={{ htmlInput: { inputMode: 'decimal', readOnly: rest.readOnly } }}
      error={Boolean(error)}
      fullWidth={fullWidth}
      margin="dense"
      helperText={helperText !== false || error ? <InputHelperText error={error} helperText={helperText} /> : undefined}
    />
  );
};
