import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden } from '../../access/access';
import { Role } from '../../access/roles';
import type { Context } from '../../context';
import { DomainError, validationFailed, violation } from '../errors';
import { knownLabel } from '../../exports/labels';
import { frDateTime } from '../french';
import type { Statement } from '../read/conditions';

/**
 * The registry as it was recorded at an instant (transaction time, issue 17 item 2): each table read from its history
 * (`history.<table>`, kept by PostgreSQL's triggers: migration `…_History`), the versions whose `recorded` period
 * holds that instant, with the table's own columns (`jsonb_populate_record`), so that every condition, order and
 * nested level of the compiled read path applies unchanged. Combined with `asOf` (valid time), a list reads the
 * records valid on D as the registry knew them at R.
 */

/** The argument of figures readable as recorded (transaction time): what a report sent that day read. */
export const RECORDED_AT =
  'Les chiffres tels que le registre les donnait à cet instant (ce qu’un rapport présenté ce jour-là a lu), d’après l’historique que PostgreSQL garde de chaque table. Administration nationale seulement.';

/** The tables that have no history: the logs (histories themselves) and bookkeeping. */
const WITHOUT_HISTORY = new Set(['audit_entry', 'personal_data_access', 'request_log', 'write_position', 'mikro_orm_migrations']);

export const hasHistory = (table: string) => !WITHOUT_HISTORY.has(table);

/** `table` as recorded at the instant bound in `q`: a row source with the table's columns. */
export function recordedRelation(q: Statement, table: string, recordedAt: Date): string {
  const quoted = `"${table.replace(/"/g, '""')}"`;
  // A lateral call: `(jsonb_populate_record(…)).*` would populate the row once per column.
  return `(select r.* from history.${quoted} h cross join lateral jsonb_populate_record(null::${quoted}, h."row") r where h.recorded @> ${q.bind(recordedAt.toISOString())}::timestamptz)`;
}

/**
 * Runs `read` on the registry as recorded at `recordedAt` (today's registry without it): in one read-only transaction
 * whose `search_path` puts schema `recorded` first (migration `…_RecordedViews`: a view per table, of the same name,
 * over its history at the instant of `registry.recorded_at`), so that the indicators' hand-written SQL reads every
 * table as recorded without a word changed. `read` must run its SQL on the `em` it is given (`readSql(em)`) and return
 * plain data: what is resolved after it returns reads today's registry.
 */
export async function asRecorded<T>(ctx: Context, recordedAt: Date | undefined, read: (em: EntityManager) => Promise<T>): Promise<T> {
  checkRecordedAt(ctx, recordedAt);
  if (!recordedAt) return read(ctx.em);
  return ctx.em.fork().transactional(
    async (em) => {
      await em.execute(
        `select set_config('search_path', 'recorded, ' || current_schema(), true), set_config('registry.recorded_at', ?, true)`,
        [recordedAt.toISOString()],
      );
      return read(em);
    },
    { readOnly: true, isolationLevel: IsolationLevel.REPEATABLE_READ },
  );
}

/** Who may read the registry as recorded, and when: the national administration (the auditors), at a past instant. */
export function checkRecordedAt(ctx: Context, recordedAt: Date | undefined): void {
  if (!recordedAt) return;
  if (ctx.principal.role !== Role.NATIONAL_ADMIN) {
    throw forbidden(
      'recordedAt',
      'La lecture du registre tel qu’il était enregistré à une date passée (« recordedAt ») est réservée à l’administration nationale.',
    );
  }
  if (recordedAt.getTime() > Date.now()) {
    throw validationFailed([
      violation(
        'recordedAt',
        'RECORDED_AT_FUTURE',
        `« recordedAt » (${frDateTime(recordedAt)}) est dans le futur : le registre n’a encore rien enregistré à cet instant. Donnez un instant passé.`,
      ),
    ]);
  }
}

/** A computed field of a read as recorded: its resolver reads today's data, so it is refused, naming it. */
export const computedAsRecorded = (typeName: string, field: string) => {
  const label = knownLabel(typeName, field);
  return new DomainError('VALIDATION_FAILED', [
    violation(
      'recordedAt',
      'RECORDED_AT_UNSUPPORTED',
      `Le champ ${label ? `« ${label} » (${typeName}.${field})` : `${typeName}.${field}`} est calculé d’après les données d’aujourd’hui : il ne peut pas être lu tel qu’enregistré. Retirez-le de la sélection, ou lisez-le sans « recordedAt ».`,
    ),
  ]);
};

/** A selection the recorded read cannot serve otherwise (a log, a list not compiled): refused rather than answered from today's data. */
export const recordedAtUnsupported = (label: string) =>
  new DomainError('VALIDATION_FAILED', [
    violation(
      'recordedAt',
      'RECORDED_AT_UNSUPPORTED',
      `La liste « ${label} » ne peut pas être lue telle qu’enregistrée avec ces champs : demandez seulement des champs enregistrés, leurs références et leurs listes (pas d’indicateur ni de champ calculé).`,
    ),
  ]);
