/**
 * What the schema cannot tell about each resource. The react-admin resource name is the kebab-case
 * plural of the GraphQL type (`service-sites` → query `serviceSites`, type `ServiceSite`); names,
 * fields and input types are derived from the API schema (./schema.ts).
 */
import { correspondentsResourceOptions } from './resources-correspondents';
import { shapeOf } from './schema';

export interface ResourceOptions {
  /** Extra selection for `getOne` only (show/edit pages). */
  detail?: string;
  /** Scalar fields never read by the generic operations (costly ones, e.g. a rendered document). */
  omit?: readonly string[];
}

export const resourceOptions: Record<string, ResourceOptions> = {
  // Its dated versions, for the « Versions » tab (issue 17).
  services: {
    detail:
      'ancestors { id code name } versions { id validFrom validTo changes { field label before after } values recordedBy recordedAt }',
  },
  agents: {
    // Assignment history (oldest first), for the show page's tab: read with the agent, in one request.
    detail:
      'affectations { id validFrom validTo service { id code name } } versions { id validFrom validTo changes { field label before after } values recordedBy recordedAt }',
  },
  'social-worker-posts': {
    // Today's breakdown of the post's time, for its show page.
    detail:
      'breakdown { id share etp targetKind service { code name } region { code name } convention { id reference } } versions { id validFrom validTo changes { field label before after } values recordedBy recordedAt }',
  },
  conventions: {
    // Today's term, the zone (for the allocation grid's columns) and today's coverage.
    detail:
      'term { from to renewals } scopes { id service { id } region { id } countedWith { id } } coverage { services { code } departments { code } populations etpProvided etpAllocated headcount } versions { id validFrom validTo changes { field label before after } values recordedBy recordedAt }',
  },
  // The period's figures, computed by the API, for the show page.
  'network-reports': { detail: 'figures { code label value }' },
  ...correspondentsResourceOptions,
};

export const optionsOf = (resource: string): ResourceOptions => resourceOptions[resource] ?? {};

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
