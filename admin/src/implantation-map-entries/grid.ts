import type { GridConfig } from '../grid/model';

/** A map's services in a spreadsheet (columns of `ImplantationMapEntryInput`): open it from a map's entries list. */
export const implantationMapEntryGrid: GridConfig = {
  resource: 'implantation-map-entries',
  sort: { field: 'requiredCount', order: 'DESC' },
  columns: [
    { field: 'mapId', key: 'title', width: 240 },
    'serviceId',
    { field: 'requiredCount', width: 120 },
    { field: 'note', width: 280 },
  ],
};
