import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import {
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SimpleForm,
  useResourceContext,
  type SimpleFormProps,
  type Validator,
} from 'react-admin';
import { shapeOf } from '../dataProvider/schema';

// The edit page first shows the record cached by the list, then resets the form when the full record arrives:
// keep what the administrator has already typed (stable object: the reset effect depends on its identity).
const keepTyped = { keepDirtyValues: true } as const;

const isRequired = required();

type InputProps = { source?: string; validate?: Validator | Validator[]; children?: ReactNode };

const withRequired = (validate: InputProps['validate']): Validator[] => [isRequired, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];

/**
 * Gives `required()` (hence the « * » marker and the check before sending) to every input whose `source` the
 * API requires, as its schema says (`shapeOf(resource).required`): the forms carry no hand copy of the list.
 * A reference input takes it on the input it wraps, which is what react-admin reads.
 */
export const markRequired = (node: ReactNode, fields: ReadonlySet<string>): ReactNode =>
  Children.map(node, (child) => {
    if (!isValidElement(child)) return child;
    const element = child as ReactElement<InputProps>;
    const { source, validate, children } = element.props;
    if (source && fields.has(source)) {
      if (element.type === ReferenceInput || element.type === ReferenceArrayInput) {
        const inner = Children.only(children);
        return isValidElement(inner)
          ? cloneElement(element, {}, cloneElement(inner as ReactElement<InputProps>, { validate: withRequired((inner.props as InputProps).validate) }))
          : element;
      }
      return cloneElement(element, { validate: withRequired(validate) });
    }
    return children && typeof children !== 'function' && typeof element.type !== 'string' ? cloneElement(element, {}, markRequired(children, fields)) : element;
  });

/** Every record form of the back office: a SimpleForm that never drops a value being typed, and marks what the API requires. */
export const RecordForm = ({ children, ...props }: SimpleFormProps) => {
  const resource = useResourceContext();
  const fields = new Set(resource ? shapeOf(resource).required : []);
  return (
    <SimpleForm resetOptions={keepTyped} {...props}>
      {markRequired(children, fields)}
    </SimpleForm>
  );
};
