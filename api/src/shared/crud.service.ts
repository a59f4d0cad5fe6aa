import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../access/access';
import { OUT_OF_PERIMETER, perimeterChecks } from '../access/perimeter';
import type { Context } from '../context';
import { conflict, DomainError, errorsOf, notFound, validationFailed, violation, type Violation } from './errors';
import { isUuid } from './ids';
import { uniquenessChecks } from './uniqueness';
import { currentRequest } from './request-scope';
import type { GraphQLResolveInfo } from 'graphql';
import { checkedSort, type ListArgs, listConditions, listPage, type ListSpec } from './list';
import { compiledList } from './read/compile';
import type { TrackedEntity } from './base.entity';
import { fieldRule } from './text/column-rules';
import { registerLabels } from './labels';
import type { Representation } from '../../../schema/representations';
import { readsMatchesFirst } from './search';
import { TEXT_LIMITS } from './text/limits';
import { isTextViolation, valueViolations } from './text/text.rules';
import { frDate } from './french';
import { checkRecordedAt, recordedAtUnsupported } from './history/recorded';
import { applyDatedEdit, type DatedInput, EFFECTIVE_INPUTS, editedValues, effectiveDateRules, inputOf } from './versions/dated-edit';
import { loadTimelines, type Timelines, type VersionedSpec } from './versions/versioned';

/** A row of a bulk save: with an id it updates that record (and must carry the version it read), without one it creates. */
export interface RowInput<I> {
  id?: string | null;
  version?: number | null;
  values: I;
}

export interface PreparedRow<E, I> {
  index: number;
  values: I;
  existing?: E;
}

/** What a module declares about one of its resources; the mechanism (list, CRUD, bulk, audit) is shared. */
export interface Resource<E extends TrackedEntity, I extends object, F = unknown> {
  entity: EntityClass<E>;
  /** French name of one record, for messages: « Service », « Agent ». */
  label: string;
  /** French field labels, for messages. */
  fields: Record<string, string>;
  /** How people name one of its records, where one is shown in words (schema/representations.ts, the back office's too). */
  representation?: Representation;
  list: ListSpec;
  /** Input fields that a created record must have, and that an update may not clear. */
  required: string[];
  /** Input fields whose value must be unique among the records. */
  unique?: string[];
  /** Loads, in a few queries for all rows, the facts the rules need. */
  prepare?(em: EntityManager, rows: PreparedRow<E, I>[]): Promise<F>;
  /** The resource's own rules for one row (pure: facts in, violations out). */
  check?(row: PreparedRow<E, I>, facts: F): Violation[];
  /** Input fields that are not properties of the entity (consumed by `afterApply`). */
  virtual?: string[];
  /**
   * Writes what follows from a row once its values are applied (e.g. a history record), in the same transaction.
   * `previous` holds the row's input values before the change.
   */
  afterApply?(em: EntityManager, entity: E, row: PreparedRow<E, I>, previous: Record<string, unknown>, facts: F): void;
  /**
   * The record's attributes kept as dated versions (shared/versions/): its input then takes `effectiveDate` and
   * `effectiveUntil`, and an update writes the versions, the main table holding the version in force today.
   */
  versions?: VersionedSpec;
  /** Refuses the deletion of a record others depend on. */
  beforeDelete?(em: EntityManager, entity: E): Promise<Violation[]>;
}

export interface RowResult<E> {
  index: number;
  id: string | null;
  violations: Violation[];
  /** On a version conflict: the record as it is now, to show both values. */
  current?: E;
}

export interface SaveResult<E> {
  ok: boolean;
  dryRun: boolean;
  rows: RowResult<E>[];
  items: E[];
}

const label = (r: Resource<never, never>, field: string) => r.fields[field] ?? field;

function defined<I extends object>(values: I): [string, unknown][] {
  return Object.entries(values).filter(([, v]) => v !== undefined);
}

/** Reference fields of the input (`departmentId`) and the entity each one points to. */
function references(em: EntityManager, entity: EntityClass<object>, values: object): [string, EntityClass<object>, string][] {
  const meta = em.getMetadata().get(entity.name);
  const out: [string, EntityClass<object>, string][] = [];
  for (const [key, value] of Object.entries(values)) {
    if (!key.endsWith('Id') || typeof value !== 'string') continue;
    const prop = meta.properties[key.slice(0, -2) as never] as { targetMeta?: { class: EntityClass<object> } } | undefined;
    if (prop?.targetMeta) out.push([key, prop.targetMeta.class, value]);
  }
  return out;
}

/** A text input field that writes no text column (a virtual field, a reference's id): one line, a varchar's length. */
const OTHER_TEXT = { maxLength: TEXT_LIMITS.argument, multiline: false };

/**
 * Every text of a row against the rule of the column it writes (length from the column, no control character, valid
 * Unicode), before anything else reads it: a rejected value never reaches a query. Returns the refused fields.
 */
function textChecks<I extends object>(
  em: EntityManager,
  resource: Resource<never, I, unknown>,
  rows: RowInput<I>[],
  results: RowResult<unknown>[],
): Set<string>[] {
  const meta = em.getMetadata().get(resource.entity.name);
  return rows.map((row, index) => {
    const refused = new Set<string>();
    for (const [field, value] of Object.entries(row.values)) {
      const found = valueViolations(field, label(resource as never, field), value, fieldRule(meta, field) ?? OTHER_TEXT);
      if (found.length) refused.add(field);
      results[index].violations.push(...found);
    }
    return refused;
  });
}

/** The checks every resource gets: texts, existence and version of updated rows, required, references, uniqueness, dates. */
async function genericChecks<E extends TrackedEntity, I extends object>(
  em: EntityManager,
  access: Access,
  resource: Resource<E, I, unknown>,
  rows: RowInput<I>[],
  existing: Map<string, E>,
): Promise<RowResult<E>[]> {
  const results: RowResult<E>[] = rows.map((row, index) => ({ index, id: row.id ?? null, violations: [] }));
  const refused = textChecks(em, resource as never, rows, results);
  // References: one query per referenced type for all rows.
  const wanted = new Map<EntityClass<object>, Set<string>>();
  rows.forEach((row, i) => {
    for (const [field, target, id] of references(em, resource.entity, row.values)) {
      if (!refused[i].has(field)) wanted.set(target, (wanted.get(target) ?? new Set()).add(id));
    }
  });
  const found = new Map<EntityClass<object>, Set<string>>();
  for (const [target, ids] of wanted) {
    // Raw rows, not entities: a partially loaded entity would later pass for a complete one.
    const valid = [...ids].filter(isUuid);
    const hits = valid.length
      ? await em
          .createQueryBuilder(target)
          .select('id')
          .where({ id: { $in: valid } })
          .execute<{ id: string }[]>('all', false)
      : [];
    found.set(target, new Set(hits.map((h) => h.id)));
  }
  // Uniqueness: against every record of the table (not only the caller's) and within the batch.
  const duplicates = await uniquenessChecks(
    em,
    em.getMetadata().get(resource.entity.name),
    resource.unique ?? [],
    (field) => label(resource as never, field),
    rows.map((row) => ({ id: row.id, values: row.values as Record<string, unknown>, existing: row.id ? existing.get(row.id) : undefined })),
    (index, field) => refused[index].has(field),
  );

  rows.forEach((row, index) => {
    const out = results[index].violations;
    const current = row.id ? existing.get(row.id) : undefined;
    if (row.id && !current) {
      out.push(violation('id', 'NOT_FOUND', `${resource.label} introuvable (identifiant ${row.id}).`));
      return;
    }
    if (current && row.version !== current.version) {
      out.push(
        violation(
          'version',
          'STALE_VERSION',
          `${resource.label} modifié par quelqu’un d’autre entre-temps (version ${row.version ?? '?'} lue, version ${current.version} en base) : rechargez-le.`,
        ),
      );
      results[index].current = current;
    }
    const values = row.values as Record<string, unknown>;
    for (const field of resource.required) {
      const missing = current ? values[field] === null : values[field] === undefined || values[field] === null || values[field] === '';
      if (missing) out.push(violation(field, 'REQUIRED', `Le champ « ${label(resource as never, field)} » est obligatoire.`));
    }
    for (const [field, target, id] of references(em, resource.entity, values)) {
      if (!refused[index].has(field) && !found.get(target)?.has(id)) {
        out.push(
          violation(field, 'REFERENCE_UNKNOWN', `« ${label(resource as never, field)} » : aucune valeur « ${id} » dans le référentiel.`),
        );
      }
    }
    out.push(...duplicates[index]);
    const from = values.validFrom ?? (current as { validFrom?: string } | undefined)?.validFrom;
    const to = values.validTo === undefined ? (current as { validTo?: string | null } | undefined)?.validTo : values.validTo;
    if (typeof from === 'string' && typeof to === 'string' && to < from) {
      out.push(
        violation(
          'validTo',
          'DATE_RANGE',
          `La date de fin (${frDate(to)}) précède la date de début (${frDate(from)}) : corrigez l’une des deux.`,
        ),
      );
    }
  });
  // The perimeter, as the flush will check it: on the field that moves the row, so that a dry run refuses it too.
  const outside = await perimeterChecks(
    em,
    access,
    resource.entity.name,
    rows.map((row) => ({ values: row.values as Record<string, unknown>, existing: row.id ? existing.get(row.id) : undefined })),
    (index, field) => !!unknownRecord(results[index]) || results[index].violations.some((v) => v.field === field),
  );
  outside.forEach((violations, index) => results[index].violations.push(...violations));
  return results;
}

const unknownRecord = (result: RowResult<unknown>) => result.violations.find((v) => v.field === 'id' && v.code === 'NOT_FOUND');

/** Input values → entity data: `xId` becomes the reference `x` (MikroORM accepts a primary key there). */
function toData(values: object, virtual: string[] = []): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of defined(values)) if (!virtual.includes(key)) data[key.endsWith('Id') ? key.slice(0, -2) : key] = value;
  return data;
}

/** The shared mechanism behind every resource: list, get, create, update, delete and all-or-nothing bulk save. */
export class CrudService<E extends TrackedEntity, I extends object, F = unknown> {
  constructor(readonly resource: Resource<E, I, F>) {
    registerLabels(resource.entity.name, resource.label, resource.fields, resource.representation);
  }

  /** A page of the list: compiled from the GraphQL selection into one statement when it can be, else through the ORM. */
  async list(ctx: Context, args: ListArgs, filter?: object, info?: GraphQLResolveInfo) {
    const { entity, list: spec } = this.resource;
    ctx.access.assertCanRead(entity.name, this.resource.label);
    checkRecordedAt(ctx, args.recordedAt);
    if (info && ctx.config.compiledReads !== false) {
      const conditions = listConditions(ctx.em, entity, args, filter, spec, ctx.config.maxPageSize);
      const page = await compiledList(ctx, info, entity.name, {
        offset: args.offset,
        limit: args.limit,
        sort: checkedSort(args, spec),
        matchesFirst: readsMatchesFirst(String((filter as { q?: unknown } | undefined)?.q ?? '')),
        conditions,
        recordedAt: args.recordedAt,
        asOf: args.asOf,
      });
      if (page) return page;
    }
    // Only the compiled path reads history: the ORM path would answer with today's data.
    if (args.recordedAt) throw recordedAtUnsupported(this.resource.label);
    return listPage<E>(ctx.em, entity, args, filter, spec, ctx.config.maxPageSize);
  }

  async get(ctx: Context, id: string): Promise<E> {
    ctx.access.assertCanRead(this.resource.entity.name, this.resource.label);
    const found = isUuid(id) ? await ctx.em.findOne(this.resource.entity, { id } as unknown as FilterQuery<E>) : null;
    if (!found) throw notFound(this.resource.label, id);
    return found;
  }

  /**
   * Validates every row first (generic checks, then the resource's rules over facts loaded once for the batch),
   * then writes all rows in one transaction, or none. With `dryRun`, validates and writes nothing.
   */
  async save(ctx: Context, rows: RowInput<I>[], dryRun = false): Promise<SaveResult<E>> {
    ctx.access.assertCanWrite(this.resource.entity.name, this.resource.label);
    if (rows.length > ctx.config.maxBulkRows) {
      throw validationFailed([
        violation(
          'rows',
          'BULK_TOO_MANY_ROWS',
          `Un enregistrement groupé accepte au plus ${ctx.config.maxBulkRows} lignes (${rows.length} reçues) : découpez-le.`,
        ),
      ]);
    }
    return ctx.em.transactional(async (em) => {
      const ids = rows.map((r) => r.id).filter(isUuid);
      const found = ids.length ? await em.find(this.resource.entity, { id: { $in: ids } } as unknown as FilterQuery<E>) : [];
      const existing = new Map(found.map((e) => [e.id, e]));
      const results = await genericChecks(em, ctx.access, this.resource as Resource<E, I, unknown>, rows, existing);
      const prepared = rows.map((row, index) => ({ index, values: row.values, existing: row.id ? existing.get(row.id) : undefined }));
      // A row whose record is unknown, or with a refused text, goes no further: its rules would read what it refers to.
      const checkable = prepared.filter((row) => !results[row.index].violations.some((v) => v.field === 'id' || isTextViolation(v)));
      const facts = (await this.resource.prepare?.(em, checkable)) as F;
      if (this.resource.check) {
        for (const row of checkable) results[row.index].violations.push(...this.resource.check(row, facts));
      }
      const timelines = await this.datedEditChecks(em, checkable, results);
      const ok = results.every((r) => errorsOf(r.violations).length === 0);
      if (!ok || dryRun) return { ok, dryRun, rows: results, items: [] };
      const items = prepared.map((row) => {
        const previous = Object.fromEntries(Object.keys(row.values).map((key) => [key, currentValue(row.existing, key)]));
        const data = toData(row.values, [...(this.resource.virtual ?? []), ...(this.resource.versions ? EFFECTIVE_INPUTS : [])]);
        const entity = row.existing ? (em.assign(row.existing, data as never) as E) : (em.create(this.resource.entity, data as never) as E);
        if (timelines && row.existing) {
          applyDatedEdit(em, this.resource.versions!, entity as never, row.values as DatedInput & Record<string, unknown>, timelines);
        }
        this.resource.afterApply?.(em, entity, row, previous, facts);
        return entity;
      });
      await em.flush();
      items.forEach((item, i) => (results[i].id = item.id));
      return { ok, dryRun, rows: results, items };
    });
  }

  /** The effective dates of the rows of a versioned resource, against the records' timelines loaded once for the batch. */
  private async datedEditChecks(em: EntityManager, rows: PreparedRow<E, I>[], results: RowResult<E>[]): Promise<Timelines | undefined> {
    const spec = this.resource.versions;
    if (!spec) return undefined;
    const labels = spec.attributes.map((a) => label(this.resource as never, inputOf(em, spec, a)));
    for (const row of rows) {
      const values = row.values as DatedInput & Record<string, unknown>;
      results[row.index].violations.push(
        ...effectiveDateRules(
          values,
          editedValues(em, spec, values),
          { validFrom: valueOf(row, 'validFrom') as string | null, validTo: valueOf(row, 'validTo') as string | null },
          labels,
          !row.existing,
        ),
      );
    }
    return loadTimelines(
      em,
      spec,
      rows.flatMap((r) => (r.existing ? [r.existing.id] : [])),
    );
  }

  /** A single write is a bulk save of one row that throws its errors; its warnings go to the response's extensions. */
  private async saveOne(ctx: Context, row: RowInput<I>): Promise<E> {
    const result = await this.save(ctx, [row]);
    if (!result.ok) {
      const [{ violations, id }] = result.rows;
      const errors = errorsOf(violations);
      if (errors[0]?.code === 'NOT_FOUND') throw notFound(this.resource.label, id ?? '');
      if (errors.length === 1 && errors[0].code === 'STALE_VERSION') throw conflict('version', errors[0].message);
      if (errors.some((e) => e.code === OUT_OF_PERIMETER)) throw new DomainError('FORBIDDEN', errors);
      throw validationFailed(errors);
    }
    currentRequest()?.warnings.push(
      ...result.rows[0].violations.map(({ field, code, message, severity }) => ({ field, code, message, severity })),
    );
    return result.items[0];
  }

  create(ctx: Context, values: I): Promise<E> {
    return this.saveOne(ctx, { values });
  }

  update(ctx: Context, id: string, version: number, values: I): Promise<E> {
    return this.saveOne(ctx, { id, version, values });
  }

  async delete(ctx: Context, id: string, version: number): Promise<string> {
    ctx.access.assertCanWrite(this.resource.entity.name, this.resource.label);
    return ctx.em.transactional(async (em) => {
      const entity = isUuid(id) ? await em.findOne(this.resource.entity, { id } as unknown as FilterQuery<E>) : null;
      if (!entity) throw notFound(this.resource.label, id);
      if (entity.version !== version) {
        throw conflict(
          'version',
          `${this.resource.label} modifié par quelqu’un d’autre entre-temps (version ${version} lue, version ${entity.version} en base) : rechargez-le.`,
        );
      }
      const violations = (await this.resource.beforeDelete?.(em, entity)) ?? [];
      if (violations.length) throw new DomainError('VALIDATION_FAILED', violations);
      em.remove(entity);
      await em.flush();
      return id;
    });
  }
}

/** A record's current value for an input field (`xId` reads the reference `x`). */
export function currentValue(existing: object | undefined, field: string): unknown {
  if (!existing) return undefined;
  const current = existing as Record<string, unknown>;
  if (field.endsWith('Id')) return (current[field.slice(0, -2)] as { id?: string } | null)?.id ?? null;
  return current[field];
}

/** A row's value for an input field after the change: the new value if given, else the record's current one. */
export function valueOf<E, I>(row: PreparedRow<E, I>, field: string): unknown {
  const given = (row.values as Record<string, unknown>)[field];
  return given !== undefined ? given : currentValue(row.existing as object | undefined, field);
}

/** The records of one type that a batch refers to through `field` (an `xId` input), by id, in one query. */
export async function referenced<T extends { id: string }, E, I>(
  em: EntityManager,
  entity: EntityClass<T>,
  rows: PreparedRow<E, I>[],
  field: string,
): Promise<Map<string, T>> {
  const ids = [...new Set(rows.map((r) => valueOf(r, field)).filter(isUuid))];
  const found = ids.length ? await em.find(entity, { id: { $in: ids } } as unknown as FilterQuery<T>) : [];
  return new Map(found.map((e) => [e.id, e]));
}
