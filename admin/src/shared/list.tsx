import type { ReactElement } from 'react';
import { Alert, Button } from '@mui/material';
import {
  AutocompleteInput,
  BulkDeleteButton,
  BulkUpdateButton,
  CreateButton,
  FilterButton,
  List as RaList,
  type ListProps,
  ReferenceInput,
  type ReferenceInputProps,
  TopToolbar,
  useFilterContext,
  useListContext,
  useCanAccess,
  useResourceContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { ExportMenu } from './ExportMenu';

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

/**
 * A list's bulk actions where the caller may change its records, else none (`false`: no selection column either), as
 * react-admin's default bulk delete does through the auth provider's `canAccess`.
 */
export const useWriteBulkActions = (actions: ReactElement): ReactElement | false => {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ action: 'edit', resource });
  return canAccess ? actions : false;
};

/** Bulk actions of a list: update the selected records with `data`, or delete them (both pessimistic). */
export const UpdateOrDeleteBulkActions = ({ label, data }: { label: string; data: Record<string, unknown> }) => (
  <>
    <BulkUpdateButton label={label} data={data} mutationMode="pessimistic" />
    <BulkDeleteButton mutationMode="pessimistic" />
  </>
);

/** react-admin's default list actions, with the server's export in place of the browser-side one. */
export const ListActions = () => {
  const { hasCreate } = useResourceDefinition();
  const filters = useFilterContext();
  return (
    <TopToolbar>
      {filters && <FilterButton />}
      {hasCreate && <CreateButton />}
      <ExportMenu />
    </TopToolbar>
  );
};

/**
 * A list opened on the records an indicator names (the home page's links: an `ids` filter, which no filter input
 * shows) says so, and offers the whole list back.
 */
const SelectionNotice = () => {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const ids: unknown = filterValues?.ids;
  if (!Array.isArray(ids)) return null;
  const { ids: _ids, ...others } = filterValues;
  return (
    <Alert
      severity="info"
      sx={{ m: 1 }}
      data-testid="list-selection"
      action={
        <Button color="inherit" size="small" onClick={() => setFilters(others, displayedFilters)}>
          {translate('app.home.showAll')}
        </Button>
      }
    >
      {translate('app.home.selection', { smart_count: ids.length })}
    </Alert>
  );
};

/** Every list of the back office: react-admin's `List` with those actions (a list may still give its own). */
export const List = ({ children, ...props }: ListProps) => (
  <RaList actions={<ListActions />} {...props}>
    <SelectionNotice />
    {children}
  </RaList>
);
