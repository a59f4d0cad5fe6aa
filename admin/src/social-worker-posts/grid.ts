import type { GridConfig } from '../grid/model';

/** The posts' spreadsheet view (columns of `SocialWorkerPostInput`). */
export const socialWorkerPostGrid: GridConfig = {
  resource: 'social-worker-posts',
  sort: { field: 'code', order: 'ASC' },
  columns: [
    'code',
    { field: 'title', width: 280 },
    'kind',
    'residenceId',
    { field: 'budgetProgramme', width: 110 },
    { field: 'etp', width: 80 },
    'technicalSuperiorId',
    'validFrom',
    'validTo',
  ],
};
