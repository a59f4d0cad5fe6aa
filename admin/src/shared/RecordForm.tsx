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
import { validToAfterValidFrom } from './validation';

// The edit page first shows the record cached by the list, then resets the form when the full record arrives:
// keep what the administrator has already typed (stable object: the reset effect depends on its identity).
const keepTyped = { keepDirtyValues: true } as const;

const isRequired = required();

type InputProps = { source?: string; validate?: Validator | Validator[]; children?: ReactNode };

/** The rules every form applies to an input, from its source: required as the schema says, a period's end after its start. */
const rulesFor = (source: string, fields: ReadonlySet<string>): Validator[] => [
  ...(fields.has(source) ? [isRequired] : []),
  ...(source === 'validTo' ? [validToAfterValidFrom] : []),
];

const withRules = (rules: Validator[], validate: InputProps['validate']): Validator[] => [
  ...rules,
  ...(Array.isArray(validate) ? validate : validate ? [validate] : []),
];

/**
 * Gives `required()` (hence the « * » marker and the check before sending) to every input whose `source` the
 * API requires, as its schema says (`shapeOf(resource).required`): the forms carry no hand copy of the list; and
 * the end-after-start check to every `validTo`. A reference input takes them on the input it wraps, which is what
 * react-admin reads.
 */
export const markRequired = (node: ReactNode, fields: ReadonlySet<string>): ReactNode =>
  Children.map(node, (child) => {
    if (!isValidElement(child)) return child;
    const element = child as ReactElement<InputProps>;
    const { source, validate, children } = element.props;
    const rules = source ? rulesFor(source, fields) : [];
    if (rules.length) {
      if (element.type === ReferenceInput || element.type === ReferenceArrayInput) {
        const inner = Children.only(children);
        return isValidElement(inner)
          ? cloneElement(
              element,
              {},
              cloneElement(inner as ReactElement<InputProps>, { validate: withRules(rules, (inner.props as InputProps).validate) }),
            )
          : element;
      }
      return cloneElement(element, { validate: withRules(rules, validate) });
    }
    return children && typeof children !== 'function' && typeof element.type !== 'string'
      ? cloneElement(element, {}, markRequired(children, fields))
      : element;
  });

/**
 * Every record form of the back office: a SimpleForm that never drops a value being typed, and marks what the API
 * requires. No form-level `validate`: react-hook-form would then ignore every input's own validators.
 */
export const RecordForm = ({ children, ...props }: Omit<SimpleFormProps, 'validate'>) => {
  const resource = useResourceContext();
  const fields = new Set(resource ? shapeOf(resource).required : []);
  return (
    <SimpleForm resetOptions={keepTyped} {...props}>
      {markRequired(children, fields)}
    </SimpleForm>
  );
};
