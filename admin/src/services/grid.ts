import type { GridConfig } from '../grid/model';

/** The services' spreadsheet view: its columns (input fields of `ServiceInput`); editors and conversions follow from their types. */
export const serviceGrid: GridConfig = {
  resource: 'services',
  sort: { field: 'code', order: 'ASC' },
  columns: [
    'code',
    { field: 'name', width: 320 },
    'kind',
    'parentId',
    'departmentId',
    'overseasCollectivityId',
    'designatingAuthority',
    'ministryId',
    { field: 'excludedFromNetwork', width: 100 },
    'validFrom',
    'validTo',
    // Last, so that pasted ranges keep their columns. Typed on a row beside a new name, parent…: the day the change
    // takes effect (default: today).
    { field: 'effectiveDate', width: 130 },
  ],
};
