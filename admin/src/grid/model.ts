/**
 * Grid columns derived from the API schema: a resource's grid is declared by the input fields it shows
 * (`['registrationNumber', 'serviceId', …]`); the editor, the conversions and the reference lookups follow
 * from each field's GraphQL type.
 */
import { getNamedType, isEnumType, type GraphQLInputObjectType, type GraphQLObjectType } from 'graphql';
import { schema, shapeOf } from '../dataProvider/schema';

export type CellType = 'text' | 'number' | 'date' | 'enum' | 'boolean' | 'reference';

/** A referenced resource as the grid shows and looks it up: `PREF-35 – Préfecture d’Ille-et-Vilaine`. */
export interface ReferenceTarget {
  /** react-admin resource name of the referenced type (`services`). */
  resource: string;
  /** List query of the referenced type (`services`). */
  list: string;
  filterType: string;
  /** Field users type or paste to name a record (its code, or an agent's registration number). */
  key: string;
  /** Fields shown after the key. */
  details: string[];
  /** Whether the list can be sorted by the key. */
  sortable: boolean;
  /**
   * Whether the record is shown by its details alone (`NAMED_BY_DETAILS`): a ministry reads « Ministère de
   * l’Intérieur », its code « INTERIEUR » still accepted when typed, pasted or imported.
   */
  byDetails?: boolean;
}

export interface GridColumn {
  /** Input field (`serviceId`), also the react-admin field name. */
  field: string;
  type: CellType;
  /**
   * Field of the listed type to read (`service` for `serviceId`). None for an input-only field (an agent's
   * `affectationDate`, the effective date of a change of service): its cells start empty.
   */
  read?: string;
  enumName?: string;
  enumValues?: string[];
  reference?: ReferenceTarget;
  /** A number column that takes whole numbers only (GraphQL `Int`). */
  integer?: boolean;
  sortable: boolean;
  /** Whether the list's filter takes this field. */
  filterable: boolean;
  width?: number;
}

/** A column as a resource declares it: the input field, and optionally its width or the referenced key. */
export type GridColumnSpec = string | { field: string; width?: number; key?: string };

export interface GridConfig {
  /** react-admin resource name (`agents`). */
  resource: string;
  columns: GridColumnSpec[];
  /** Initial server-side sort. */
  sort?: { field: string; order: 'ASC' | 'DESC' };
}

const KEY_FIELDS = ['code', 'registrationNumber', 'name'];

/**
 * Types whose code is an identifier for programs, not what a civil servant reads (« INTERIEUR »,
 * « AGRICULTURE »): every column referencing them shows the record's name (and exports it), and still takes
 * the code, or the name, when typed, pasted or imported. A service keeps its code in front (« PREF-35 – … »): that
 * code is what users know it by.
 */
const NAMED_BY_DETAILS = new Set(['Ministry']);
const DETAIL_FIELDS = [['name'], ['lastName', 'firstName'], ['label']];

const kebab = (camel: string) => camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The resource (list query) whose items are of the GraphQL type `type`. */
function resourceOfType(type: string): string | undefined {
  for (const [name, field] of Object.entries(schema.getQueryType()?.getFields() ?? {})) {
    const page = getNamedType(field.type) as GraphQLObjectType;
    const items = 'getFields' in page ? page.getFields().items : undefined;
    if (items && getNamedType(items.type).name === type) return kebab(name);
  }
  return undefined;
}

function referenceTarget(type: string, key?: string): ReferenceTarget {
  const resource = resourceOfType(type);
  if (!resource) throw new Error(`Aucune liste de l’API pour le type ${type}`);
  const fields = (schema.getType(type) as GraphQLObjectType).getFields();
  const chosen = key ?? KEY_FIELDS.find((f) => f in fields)!;
  const details = DETAIL_FIELDS.find((group) => group.every((f) => f in fields) && !group.includes(chosen)) ?? [];
  const shape = shapeOf(resource);
  return {
    resource,
    list: shape.list,
    filterType: shape.filterType,
    key: chosen,
    details,
    sortable: shapeOf(resource).sortable.includes(chosen),
    ...(NAMED_BY_DETAILS.has(type) && details.length ? { byDetails: true } : {}),
  };
}

const SCALARS: Record<string, CellType> = { String: 'text', ID: 'text', Int: 'number', Float: 'number', Date: 'date', Boolean: 'boolean' };

/** The grid columns of a resource, typed from its input type in the schema. */
export function gridColumns(config: GridConfig): GridColumn[] {
  const shape = shapeOf(config.resource);
  if (!shape.inputType || !shape.rowType) throw new Error(`La ressource ${config.resource} n’a pas d’enregistrement groupé`);
  const input = (schema.getType(shape.inputType) as GraphQLInputObjectType).getFields();
  const item = (schema.getType(shape.type) as GraphQLObjectType).getFields();
  const filter = schema.getType(shape.filterType) as GraphQLInputObjectType | undefined;
  const filterFields = filter ? filter.getFields() : {};
  const sortable = shapeOf(config.resource).sortable;
  return config.columns.map((spec) => {
    const { field, width, key } = typeof spec === 'string' ? { field: spec, width: undefined, key: undefined } : spec;
    const arg = input[field];
    if (!arg) throw new Error(`${shape.inputType} n’a pas de champ ${field}`);
    const named = getNamedType(arg.type);
    const base = { field, width, sortable: sortable.includes(field), filterable: field in filterFields };
    const referenced = field.endsWith('Id') ? item[field.slice(0, -2)] : undefined;
    if (referenced) {
      return { ...base, type: 'reference', read: field.slice(0, -2), reference: referenceTarget(getNamedType(referenced.type).name, key) };
    }
    if (isEnumType(named)) {
      return {
        ...base,
        type: 'enum',
        read: field in item ? field : undefined,
        enumName: named.name,
        enumValues: named.getValues().map((v) => v.name),
      };
    }
    return { ...base, type: SCALARS[named.name] ?? 'text', read: field in item ? field : undefined, integer: named.name === 'Int' };
  });
}

/** GraphQL selection of one record for the grid: its columns, references with their key and details. */
export function gridSelection(columns: GridColumn[]): string {
  const fields = columns.flatMap((c) =>
    c.reference ? [`${c.read} { id ${[c.reference.key, ...c.reference.details].join(' ')} }`] : c.read ? [c.read] : [],
  );
  return ['id', 'version', ...fields].join(' ');
}

/**
 * A react-admin list's filter values as the grid's query: `asOf` apart (a list argument, not a filter field), and
 * only the fields the resource's filter type takes (a list may keep others in its URL).
 */
export function queryFromListFilter(resource: string, values: Record<string, unknown>): { filter: Record<string, unknown>; asOf?: string } {
  const filterType = schema.getType(shapeOf(resource).filterType) as GraphQLInputObjectType;
  const fields = filterType.getFields();
  const { asOf, ...rest } = values;
  const filter = Object.fromEntries(Object.entries(rest).filter(([key, value]) => key in fields && value !== '' && value !== undefined));
  return { filter, asOf: typeof asOf === 'string' && asOf ? asOf : undefined };
}
