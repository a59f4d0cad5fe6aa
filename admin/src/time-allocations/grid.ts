import type { GridConfig } from '../grid/model';

/**
 * Shares of time in a spreadsheet (columns of `TimeAllocationInput`): the convention by its reference, the
 * assignment as « post code (start date) », the target (a service by code, a region, or the function).
 */
export const timeAllocationGrid: GridConfig = {
  resource: 'time-allocations',
  sort: { field: 'validFrom', order: 'DESC' },
  columns: [
    { field: 'conventionId', key: 'reference', width: 160 },
    { field: 'assignmentId', key: 'reference', width: 200 },
    'targetKind',
    'serviceId',
    'regionId',
    { field: 'share', width: 90 },
    'validFrom',
    'validTo',
  ],
};
