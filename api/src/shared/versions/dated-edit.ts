import { ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { violation, type Violation } from '../errors';
import { frDate } from '../french';
import { type IsoDate, today } from '../scalars';
import { applyEdit, changesBetween, versionOn, type Values, type Version } from './timeline';
import { type Timelines, type VersionedSpec, writeTimeline } from './versioned';

/**
 * An edit of a versioned record with an effective date (« Date d’effet », `effectiveDate`, today by default): the
 * changed versioned attributes take effect from that day (timeline.ts says how later versions keep their own
 * changes); with `effectiveUntil` they hold exactly from `effectiveDate` to that day (the correction of a past
 * period). The main table then holds the version in force today. Validated, audited (the versions are entities, their
 * changes audit entries of the same transaction) and locked (the record's version is bumped) like any other edit.
 */
export const EFFECTIVE_INPUTS = ['effectiveDate', 'effectiveUntil'] as const;

export interface DatedInput {
  effectiveDate?: IsoDate | null;
  effectiveUntil?: IsoDate | null;
}

/** The input field of a versioned attribute: `parent` is written as `parentId`. */
export function inputOf(em: EntityManager, spec: VersionedSpec, attribute: string): string {
  const prop = em.getMetadata().get(spec.record.name).properties[attribute as never] as { kind: ReferenceKind };
  return prop.kind === ReferenceKind.MANY_TO_ONE ? `${attribute}Id` : attribute;
}

/** The versioned attributes an input changes, with their new values (references by id). */
export function editedValues(em: EntityManager, spec: VersionedSpec, values: Record<string, unknown>): Values {
  const out: Values = {};
  for (const attribute of spec.attributes) {
    const given = values[inputOf(em, spec, attribute)];
    if (given !== undefined) out[attribute] = given;
  }
  return out;
}

interface Period {
  validFrom?: IsoDate | null;
  validTo?: IsoDate | null;
}

/**
 * The effective dates of one row, against the record's validity after the change (pure). `labels`: the French
 * labels of the versioned input fields, for the message.
 */
export function effectiveDateRules(input: DatedInput, edited: Values, period: Period, labels: string[], creating: boolean): Violation[] {
  const { effectiveDate: from, effectiveUntil: until } = input;
  if (creating) return []; // a new record starts on its date of start: the effective date has nothing to date
  const out: Violation[] = [];
  if (until && !from) {
    out.push(
      violation(
        'effectiveUntil',
        'EFFECTIVE_UNTIL_WITHOUT_DATE',
        '« Jusqu’au » borne une correction qui commence à une date d’effet : indiquez aussi la date d’effet.',
      ),
    );
  }
  if (!from) return out;
  if (!Object.keys(edited).length) {
    out.push(
      violation(
        'effectiveDate',
        'EFFECTIVE_DATE_WITHOUT_CHANGE',
        `La date d’effet ne s’applique qu’aux champs datés (${labels.join(', ')}) : modifiez-en au moins un, ou videz la date d’effet.`,
      ),
    );
  }
  if (period.validFrom && from < period.validFrom) {
    out.push(
      violation(
        'effectiveDate',
        'EFFECTIVE_DATE_BEFORE_START',
        `La date d’effet (${frDate(from)}) précède la date de début (${frDate(period.validFrom)}) : choisissez une date à partir du ${frDate(period.validFrom)}.`,
      ),
    );
  }
  if (period.validTo && from > period.validTo) {
    out.push(
      violation(
        'effectiveDate',
        'EFFECTIVE_DATE_AFTER_END',
        `La date d’effet (${frDate(from)}) suit la date de fin (${frDate(period.validTo)}) : choisissez une date au plus tard le ${frDate(period.validTo)}.`,
      ),
    );
  }
  if (until && until < from) {
    out.push(
      violation(
        'effectiveUntil',
        'EFFECTIVE_UNTIL_BEFORE_DATE',
        `« Jusqu’au » (${frDate(until)}) précède la date d’effet (${frDate(from)}) : la période corrigée serait vide.`,
      ),
    );
  }
  return out;
}

/**
 * Applies a validated dated edit to a record whose input values were just assigned: writes its new timeline and puts
 * back on the record the version in force today (a change effective tomorrow leaves today's values unchanged).
 */
export function applyDatedEdit(
  em: EntityManager,
  spec: VersionedSpec,
  record: { id: string; validFrom?: IsoDate; updatedAt: Date },
  input: DatedInput & Record<string, unknown>,
  timelines: Timelines,
): void {
  const edited = editedValues(em, spec, input);
  const before = timelines.timelines.get(record.id);
  if (!before || !Object.keys(edited).length) return;
  const day = input.effectiveDate ?? today();
  // From the record's first day on, the change holds since the origin: the first version is corrected.
  const from = record.validFrom && day <= record.validFrom ? null : day;
  const after = applyEdit(before, { from, until: input.effectiveUntil ?? undefined, values: edited });
  const changes = changesBetween(before, after);
  if (!changes.update.length && !changes.create.length && !changes.remove.length) {
    em.assign(record, versionOnToday(before).values as never);
    return;
  }
  writeTimeline(em, spec, record, changes, timelines.entities);
  em.assign(record, versionOnToday(after).values as never);
  // The record's own columns may not change (an edit effective tomorrow): its optimistic lock moves all the same.
  record.updatedAt = new Date();
}

const versionOnToday = (timeline: Version[]) => versionOn(timeline, today());
