import { SimpleForm, type SimpleFormProps } from 'react-admin';

// The edit page first shows the record cached by the list, then resets the form when the full record arrives:
// keep what the administrator has already typed (stable object: the reset effect depends on its identity).
const keepTyped = { keepDirtyValues: true } as const;

/** Every record form of the back office: a SimpleForm that never drops a value being typed. */
export const RecordForm = (props: SimpleFormProps) => <SimpleForm resetOptions={keepTyped} {...props} />;
