import { randomUUID } from 'node:crypto';
import {
  type FieldNode,
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLLeafType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isAbstractType,
  isLeafType,
  Kind,
} from 'graphql';
// graphql-js's own field collection (not in its main entry point): the shaped rows have exactly the fields, in the
// order, that its execution would give them (fragments, type conditions, @skip/@include).
import { collectSubfields } from 'graphql/execution/collectFields.js';
import { isRestricted, PERSONAL_FIELDS } from '../../access/policy';
import type { Role } from '../../access/roles';
import type { Context } from '../../context';
import { noteWithheldField } from '../ref-field';
import { currentRequest, type RequestInfo } from '../request-scope';
import { ID_FIELD, ROW_ID, WITHHELD_MARK } from './compile';

/**
 * A compiled page answered without graphql-js walking its rows. graphql-js calls a resolver and completes a value for
 * every field of every row, with an info object and a path each; for a compiled row that only copies what the
 * statement already computed, and for a tree of 3,000 rows it is most of the request's time (PostGraphile's Grafast
 * writes its output from the plan likewise). So the lists of a compiled page that need no resolver are shaped here
 * in one pass, doing what the fields' resolvers would do for a compiled row (the field guard's nulls and
 * personal-data notes, the withheld references' nulls and notes, the scalars' serialisation, the non-null checks);
 * graphql-js completes an empty list in their place, and the shaped lists are put back into the result before it is
 * sent (`answerInto`). Whatever needs a resolver (a computed field, an abstract type, a null where the schema
 * forbids one) is left to graphql-js as before, with the lists below it still shaped here.
 */

/**
 * What the response gets once graphql-js has run: at `path` (response keys and indexes), `value`; or, for a page
 * whose rows the statement wrote as the answer shows them (`spliceable` in compile.ts), that JSON text, `raw`.
 */
export interface Answer {
  path: (string | number)[];
  value: unknown[];
  raw?: string;
}

/** A field, list or row that graphql-js must resolve itself. */
const RESOLVER = Symbol('needs its resolver');
type Shaped = unknown | typeof RESOLVER;
type Row = Record<string, unknown>;
type Nodes = readonly FieldNode[];

/** The arguments the compiled statement honours on nested fields (already coerced by graphql-js, a date's text included). */
const COMPILED_ARGUMENTS = new Set(['asOf', 'limit', 'offset']);

/** A note, flat (a kind, then two names and an id): a page of 10,000 agents notes 10,000 times. */
const PERSONAL = 0;
const WITHHELD = 1;

class Shaper {
  /**
   * The notes of the rows shaped so far, four entries each: personal read (PERSONAL, type, field, id) or withheld
   * reference (WITHHELD, parent type, field, target type). Those of a row left to graphql-js are dropped (its
   * resolvers note them).
   */
  readonly notes: (string | number)[] = [];
  /** A field left to graphql-js may read a personal field (it notes it then, after this shaping). */
  mayNoteLater = false;
  /** The fields graphql-js would collect for a type and field nodes (its own `collectSubfields`), once per level. */
  private readonly collected = new WeakMap<Nodes, Map<string, Map<string, Nodes>>>();

  constructor(
    private readonly info: GraphQLResolveInfo,
    readonly role: Role | undefined,
  ) {}

  get schema(): GraphQLSchema {
    return this.info.schema;
  }

  subfields(type: GraphQLObjectType, nodes: Nodes): Map<string, Nodes> {
    let byType = this.collected.get(nodes);
    if (!byType) this.collected.set(nodes, (byType = new Map()));
    let fields = byType.get(type.name);
    if (!fields)
      byType.set(type.name, (fields = collectSubfields(this.info.schema, this.info.fragments, this.info.variableValues, type, nodes)));
    return fields;
  }

  /** A compiled row in its response shape, or RESOLVER. */
  row(row: unknown, type: GraphQLObjectType, nodes: Nodes): Shaped {
    if (typeof row !== 'object' || row === null || !(ROW_ID in row)) return RESOLVER;
    const mark = this.notes.length;
    const out: Row = {};
    for (const [key, fieldNodes] of this.subfields(type, nodes)) {
      const value = this.field(row as Row, type, key, fieldNodes);
      if (value === RESOLVER) {
        this.notes.length = mark;
        return RESOLVER;
      }
      out[key] = value;
    }
    return out;
  }

  private field(row: Row, type: GraphQLObjectType, key: string, nodes: Nodes): Shaped {
    const name = nodes[0].name.value;
    if (name === '__typename') return type.name;
    // A field the statement did not carry is computed by its resolver, but for the id: the row's own (compile.ts).
    if (!(key in row) && name !== ID_FIELD) return RESOLVER;
    const definition = type.getFields()[name] as GraphQLField<unknown, unknown> | undefined;
    if (!definition || definition.args.some((arg) => !COMPILED_ARGUMENTS.has(arg.name))) return RESOLVER;
    const nonNull = definition.type instanceof GraphQLNonNull;
    // The field guard: a withheld field reads null.
    if (this.role && isRestricted(this.role, type.name, name)) return nonNull ? RESOLVER : null;
    const value = key in row ? row[key] : row[ROW_ID];
    let shaped: Shaped;
    if (typeof value === 'object' && value !== null && WITHHELD_MARK in value) {
      this.notes.push(WITHHELD, type.name, name, getNamedType(definition.type).name);
      shaped = null;
    } else {
      shaped = this.value(value, definition.type, nodes);
    }
    if (shaped === RESOLVER || (shaped === null && nonNull)) return RESOLVER;
    if (shaped !== null && PERSONAL_FIELDS[type.name]?.includes(name)) this.notes.push(PERSONAL, type.name, name, String(row[ROW_ID]));
    return shaped;
  }

  /** A value completed as graphql-js completes it: leaves serialised, lists item by item, objects as compiled rows. */
  private value(value: unknown, type: GraphQLOutputType, nodes: Nodes): Shaped {
    if (value === null || value === undefined) return null;
    const nullable = getNullableType(type);
    if (nullable instanceof GraphQLList) {
      if (!Array.isArray(value)) return RESOLVER;
      return this.list(value, nullable.ofType as GraphQLOutputType, nodes);
    }
    if (isLeafType(nullable)) return serialize(nullable, value);
    if (nullable instanceof GraphQLObjectType) return this.row(value, nullable, nodes);
    return RESOLVER; // an interface or a union: graphql-js resolves the type
  }

  list(items: unknown[], itemType: GraphQLOutputType, nodes: Nodes): Shaped {
    const out: unknown[] = new Array(items.length);
    const nonNull = itemType instanceof GraphQLNonNull;
    for (let i = 0; i < items.length; i++) {
      const item = this.value(items[i], itemType, nodes);
      if (item === RESOLVER || (item === null && nonNull)) return RESOLVER;
      out[i] = item;
    }
    return out;
  }

  /** Commits the notes of what was shaped: the same the field guard and the reference fields write for their rows. */
  commit(): void {
    const reads = currentRequest()?.personalReads;
    const notes = this.notes;
    for (let i = 0; i < notes.length; i += 4) {
      if (notes[i] === PERSONAL) reads?.note(notes[i + 1] as string, notes[i + 3] as string, notes[i + 2] as string);
      else noteWithheldField(notes[i + 1] as string, notes[i + 2] as string, notes[i + 3] as string);
    }
    notes.length = 0;
  }
}

/** graphql-js's leaf completion: what it cannot serialise, it reports as an error; it is left to it. */
function serialize(type: GraphQLLeafType, value: unknown): Shaped {
  try {
    const serialized = type.serialize(value);
    return serialized === null || serialized === undefined ? RESOLVER : serialized;
  } catch {
    return RESOLVER;
  }
}

/**
 * The compiled page of a root field, as graphql-js gets it: its lists that need no resolver shaped and kept aside
 * (in the request state, put back by `answerInto`), an empty list in their place; the rest as compiled rows.
 */
export function answerPage(info: GraphQLResolveInfo, page: Row, ctx: Context): Row {
  const request = currentRequest();
  const pageType = getNullableType(info.returnType);
  // Only a query's root field, whose result sits at its response key (a mutation's page is left to graphql-js).
  if (!request?.answers || info.path.prev !== undefined || info.operation.operation !== 'query' || !(pageType instanceof GraphQLObjectType))
    return page;
  const shaper = new Shaper(info, request.access?.role);
  prepareRow(shaper, request.answers, page, pageType, info.fieldNodes, [String(info.path.key)]);
  // The request's only root field, and nothing left to graphql-js can read a personal field: what it read is known
  // now, so its access-log insert starts at once, running while graphql-js completes the rest and the answer is
  // serialised (app.ts waits for it before answering; a read noted after all would start its own).
  const roots = info.operation.selectionSet.selections;
  if (!shaper.mayNoteLater && roots.length === 1 && roots[0].kind === Kind.FIELD)
    request.personalReads.startWriting(ctx.em, ctx.principal, ctx.requestId);
  return page;
}

const personalReach = new WeakMap<GraphQLSchema, Map<string, boolean>>();

/** Whether a value of `type` can hold a personal field, at any depth (its possible types, for an abstract one). */
export function reachesPersonal(schema: GraphQLSchema, type: GraphQLNamedType): boolean {
  let known = personalReach.get(schema);
  if (!known) personalReach.set(schema, (known = new Map()));
  const cached = known.get(type.name);
  if (cached !== undefined) return cached;
  const reaches = reachFrom(schema, type, new Set(), known);
  known.set(type.name, reaches);
  return reaches;
}

/** The walk of `reachesPersonal`: a type already on the way adds nothing; only a `true` is complete enough to keep. */
function reachFrom(schema: GraphQLSchema, type: GraphQLNamedType, seen: Set<string>, known: Map<string, boolean>): boolean {
  const cached = known.get(type.name);
  if (cached !== undefined) return cached;
  if (isLeafType(type) || seen.has(type.name)) return false;
  seen.add(type.name);
  const types = isAbstractType(type) ? schema.getPossibleTypes(type) : [type as GraphQLObjectType];
  const reaches = types.some(
    (t) =>
      (PERSONAL_FIELDS[t.name]?.length ?? 0) > 0 ||
      Object.values(t.getFields()).some((f) => reachFrom(schema, getNamedType(f.type), seen, known)),
  );
  if (reaches) known.set(type.name, true);
  return reaches;
}

/** Whether graphql-js, resolving this field of a row, may note a personal read (its field guard, or a field below it). */
function mayNote(shaper: Shaper, type: GraphQLObjectType, name: string, value: unknown): boolean {
  const definition = type.getFields()[name];
  if (!definition || value === null || (Array.isArray(value) && !value.length)) return false;
  if (shaper.role && isRestricted(shaper.role, type.name, name)) return false; // the guard answers null
  return PERSONAL_FIELDS[type.name]?.includes(name) === true || reachesPersonal(shaper.schema, getNamedType(definition.type));
}

/**
 * For a row graphql-js resolves: each of its lists is shaped whole when it can be (an empty list left in the row),
 * else its rows are prepared the same way, level by level.
 */
function prepareRow(shaper: Shaper, answers: Answer[], row: Row, type: GraphQLObjectType, nodes: Nodes, path: (string | number)[]): void {
  for (const [key, fieldNodes] of shaper.subfields(type, nodes)) {
    const value = row[key];
    const name = fieldNodes[0].name.value;
    const definition = type.getFields()[name];
    if (!Array.isArray(value) || !value.length || !definition || (shaper.role && isRestricted(shaper.role, type.name, name))) {
      if (name !== '__typename' && mayNote(shaper, type, name, value)) shaper.mayNoteLater = true;
      continue;
    }
    const itemType = (getNullableType(definition.type) as GraphQLList<GraphQLOutputType>).ofType;
    const named = getNullableType(itemType);
    if (!(named instanceof GraphQLObjectType)) {
      if (mayNote(shaper, type, name, value)) shaper.mayNoteLater = true;
      continue;
    }
    const shaped = definition.args.every((arg) => COMPILED_ARGUMENTS.has(arg.name)) ? shaper.list(value, itemType, fieldNodes) : RESOLVER;
    if (shaped !== RESOLVER) {
      shaper.commit();
      answers.push({ path: [...path, key], value: shaped as unknown[] });
      row[key] = [];
      continue;
    }
    value.forEach((item, i) => {
      if (typeof item === 'object' && item !== null && ROW_ID in item)
        prepareRow(shaper, answers, item as Row, named, fieldNodes, [...path, key, i]);
      else if (item !== null && reachesPersonal(shaper.schema, named)) shaper.mayNoteLater = true;
    });
  }
}

/**
 * A page's rows as JSON text, written by the statement as graphql-js would have serialised them: they go into the
 * answer's text as they are (`spliceInto`), never parsed into objects, shaped and serialised again — for read a,
 * half of the garbage a request left (the rows' objects, parsed then shaped, lived long enough to be promoted).
 * A withheld reference comes as its mark (`withheldMarkSql`): noted here, as the shaping notes it, and written null.
 */
export function splicedAnswer(request: RequestInfo, path: string[], raw: string): void {
  let text = raw;
  const mark = `{"${WITHHELD_MARK}":"`; // (not a module constant: compile.ts and this module import each other)
  let at = text.indexOf(mark);
  if (at >= 0) {
    const parts: string[] = [];
    let from = 0;
    for (; at >= 0; at = text.indexOf(mark, from)) {
      const end = text.indexOf('"}', at);
      const [type, field, target] = text.slice(at + mark.length, end).split('.');
      noteWithheldField(type, field, target);
      parts.push(text.slice(from, at), 'null');
      from = end + 2;
    }
    parts.push(text.slice(from));
    text = parts.join('');
  }
  request.answers?.push({ path, value: [], raw: text });
}

/**
 * A withheld reference in a spliced page: an object no row can write (its key starts with `$`, and a `"` inside a
 * string is escaped), naming the parent type, the field and the target type, compact as the rows' objects are
 * (`splicedObjectSql` in compile.ts: `row_to_json`). The names are GraphQL names: nothing in them to escape.
 */
export const withheldMarkSql = (type: string, field: string, target: string): string =>
  `'{"${WITHHELD_MARK}":"${type}.${field}.${target}"}'::json`;

/** Stands in graphql-js's result for a spliced page's rows until the answer is text: a string no query can write. */
const PLACEHOLDER = `\u0000${randomUUID()}:`;

/** The answer's text with the spliced pages' rows in place of their placeholders (app.ts, as the answer is sent). */
export function spliceInto(body: string, answers: readonly Answer[]): string {
  let out = body;
  answers.forEach(({ raw }, i) => {
    if (raw === undefined) return;
    const mark = JSON.stringify(PLACEHOLDER + i);
    const at = out.indexOf(mark);
    if (at >= 0) out = out.slice(0, at) + raw + out.slice(at + mark.length);
  });
  return out;
}

/** Puts the shaped lists into graphql-js's result (where it still holds the empty list: an error may have nulled a parent). */
export function answerInto(data: Record<string, unknown> | null | undefined, answers: readonly Answer[]): void {
  for (const [i, { path, value, raw }] of answers.entries()) {
    let node: unknown = data;
    for (const key of path.slice(0, -1))
      node = node === null || typeof node !== 'object' ? undefined : (node as Record<string | number, unknown>)[key];
    const last = path[path.length - 1];
    if (node !== null && typeof node === 'object' && Array.isArray((node as Record<string | number, unknown>)[last]))
      (node as Record<string | number, unknown>)[last] = raw === undefined ? value : PLACEHOLDER + i;
  }
}
