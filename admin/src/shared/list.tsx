import {
  AutocompleteInput,
  BulkDeleteButton,
  BulkUpdateButton,
  ReferenceInput,
  type ReferenceInputProps,
} from 'react-admin';

const searchByQ = (q: string) => ({ q });

/**
 * List filter on a referenced record, picked in an autocomplete that searches the referenced
 * resource through the API's `q` filter. Takes `ReferenceInput`'s props (`source`, `reference`,
 * `sort`, `alwaysOn`…).
 */
export const ReferenceFilter = (props: ReferenceInputProps) => (
  <ReferenceInput {...props}>
    <AutocompleteInput filterToQuery={searchByQ} />
  </ReferenceInput>
);

/** Bulk actions of a list: update the selected records with `data`, or delete them (both pessimistic). */
export const UpdateOrDeleteBulkActions = ({ label, data }: { label: string; data: Record<string, unknown> }) => (
  <>
    <BulkUpdateButton label={label} data={data} mutationMode="pessimistic" />
    <BulkDeleteButton mutationMode="pessimistic" />
  </>
);
