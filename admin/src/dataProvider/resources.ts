/**
 * What the schema cannot tell about each resource. The react-admin resource name is the kebab-case
 * plural of the GraphQL type (`service-sites` → query `serviceSites`, type `ServiceSite`); names,
 * fields and input types are derived from the API schema (./schema.ts).
 */
import { correspondentsResourceOptions } from './resources-correspondents';
import { shapeOf } from './schema';

export interface ResourceOptions {
  /** Fields the API accepts in `sort`; any other sort asked by the UI is not sent. */
  sortable: readonly string[];
  /** Extra selection for `getOne` only (show/edit pages). */
  detail?: string;
  /** Scalar fields never read by the generic operations (costly ones, e.g. a rendered document). */
  omit?: readonly string[];
}

export const resourceOptions: Record<string, ResourceOptions> = {
  regions: { sortable: ['code', 'name'] },
  departments: { sortable: ['code', 'name'] },
  ministries: { sortable: ['code', 'name'] },
  'overseas-collectivities': { sortable: ['code', 'name'] },
  services: {
    sortable: ['code', 'name', 'kind', 'validFrom', 'validTo'],
    detail: 'ancestors { id code name }',
  },
  agents: {
    sortable: ['registrationNumber', 'lastName', 'firstName', 'grade', 'validFrom'],
    // Assignment history (oldest first), for the show page's tab: read with the agent, in one request.
    detail: 'affectations { id validFrom validTo service { id code name } }',
  },
  'personal-data-accesses': { sortable: ['at', 'actor'] },
  'service-sites': { sortable: ['label', 'postalCode', 'city'] },
  'service-headcounts': { sortable: ['population', 'count', 'validFrom', 'validTo'] },
  'social-worker-posts': {
    sortable: ['code', 'title', 'kind', 'budgetProgramme', 'validFrom', 'validTo'],
    // Today's breakdown of the post's time, for its show page.
    detail: 'breakdown { id share etp targetKind service { code name } region { code name } convention { id reference } }',
  },
  'post-sectors': { sortable: ['validFrom', 'validTo', 'temporary'] },
  'post-assignments': { sortable: ['validFrom', 'validTo', 'workQuota'] },
  'post-qualifications': { sortable: ['kind', 'category', 'validFrom', 'validTo'] },
  replacements: { sortable: ['validFrom', 'validTo', 'reason'] },
  conventions: {
    sortable: ['reference', 'title', 'kind', 'basis', 'validFrom', 'validTo'],
    // Today's term, the zone (for the allocation grid's columns) and today's coverage.
    detail: 'term { from to renewals } scopes { id service { id } region { id } countedWith { id } } coverage { services { code } departments { code } populations etpProvided etpAllocated headcount }',
  },
  'convention-scopes': { sortable: [] },
  'time-allocations': { sortable: ['validFrom', 'validTo', 'share', 'targetKind'] },
  ...correspondentsResourceOptions,
};

export const optionsOf = (resource: string): ResourceOptions => resourceOptions[resource] ?? { sortable: [] };

/** GraphQL selection of one record, references as `x { id }`. */
export const selection = (resource: string, withDetail = false): string => {
  const shape = shapeOf(resource);
  const { detail, omit = [] } = optionsOf(resource);
  const scalars = shape.scalarFields.filter((f) => !omit.includes(f));
  return [...scalars, ...shape.references.map((r) => `${r} { id }`), ...(withDetail && detail ? [detail] : [])].join(' ');
};

type Row = Record<string, unknown>;

/** API record → react-admin record: `x { id }` becomes `xId`. */
export const flatten = (resource: string, item: Row): Row => {
  const record: Row = { ...item };
  delete record.__typename;
  for (const ref of shapeOf(resource).references) {
    const value = item[ref] as { id?: string } | null | undefined;
    record[`${ref}Id`] = value?.id ?? null;
    delete record[ref];
  }
  return record;
};

/** react-admin record → input type: only the input's fields; empty strings become null. */
export const toInput = (resource: string, data: Row): Row => {
  const input: Row = {};
  for (const field of shapeOf(resource).inputFields) {
    if (!(field in data)) continue;
    const value = data[field];
    input[field] = value === '' || value === undefined ? null : value;
  }
  return input;
};
