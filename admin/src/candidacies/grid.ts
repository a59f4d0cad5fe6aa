import type { GridConfig } from '../grid/model';

/** Candidacies in a spreadsheet (columns of `CandidacyInput`): filing many at once after a call; statuses change by workflow only. */
export const candidacyGrid: GridConfig = {
  resource: 'candidacies',
  columns: [
    { field: 'callId', key: 'title', width: 220 },
    'agentId',
    'serviceId',
    'filedOn',
    { field: 'headOfServiceName', width: 200 },
    { field: 'motivation', width: 320 },
  ],
};
