import type { GridConfig } from '../grid/model';

/**
 * The agents' spreadsheet view: its columns (input fields of `AgentInput`); editors and conversions follow from their
 * types. `affectationDate` starts empty: typed next to a new service, it dates the move (default: today).
 */
export const agentGrid: GridConfig = {
  resource: 'agents',
  sort: { field: 'lastName', order: 'ASC' },
  columns: [
    'registrationNumber',
    'lastName',
    'firstName',
    'grade',
    'corps',
    'status',
    { field: 'category', width: 110 },
    { field: 'email', width: 220 },
    'phone',
    'population',
    'employingMinistryId',
    'serviceId',
    { field: 'affectationDate', width: 130 },
    'validFrom',
    'validTo',
    { field: 'active', width: 80 },
    'mobilityPlanDate',
    'mobilityPlanKind',
    // Last, so that pasted ranges keep their columns. Typed beside a new grade, corps…: the day the change takes effect (default: today).
    { field: 'effectiveDate', width: 130 },
  ],
};
