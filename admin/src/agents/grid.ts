import type { GridConfig } from '../grid/model';

/** The agents' spreadsheet view: its columns (input fields of `AgentInput`); editors and conversions follow from their types. */
export const agentGrid: GridConfig = {
  resource: 'agents',
  sort: { field: 'lastName', order: 'ASC' },
  columns: [
    'registrationNumber', 'lastName', 'firstName', 'grade', 'corps', 'status', { field: 'category', width: 110 }, { field: 'email', width: 220 }, 'phone',
    'population', 'employingMinistryId', 'serviceId', 'validFrom', 'validTo', { field: 'active', width: 80 }, 'mobilityPlanDate', 'mobilityPlanKind',
  ],
};
