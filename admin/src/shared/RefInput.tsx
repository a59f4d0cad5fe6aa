import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';

const searchByQ = (q: string) => ({ q });

/** A reference picked in an autocomplete searching the referenced resource through the API's `q` filter. */
export const RefInput = ({
  source,
  reference,
  validate,
  filter,
  label,
}: {
  source: string;
  reference: string;
  validate?: Validator | Validator[];
  filter?: object;
  label?: string;
}) => (
  <ReferenceInput source={source} reference={reference} filter={filter}>
    <AutocompleteInput filterToQuery={searchByQ} validate={validate} label={label} />
  </ReferenceInput>
);
