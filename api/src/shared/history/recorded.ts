import { forbidden } from '../../access/access';
import { Role } from '../../access/roles';
import type { Context } from '../../context';
import { DomainError, validationFailed, violation } from '../errors';
import { frDateTime } from '../french';
import type { Statement } from '../read/conditions';

/**
 * The registry as it was recorded at an instant (transaction time, issue 17 item 2): each table read from its history
 * (`history.<table>`, kept by PostgreSQL's triggers: migration `…_History`), the versions whose `recorded` period
 * holds that instant, with the table's own columns (`jsonb_populate_record`), so that every condition, order and
 * nested level of the compiled read path applies unchanged. Combined with `asOf` (valid time), a list reads the
 * records valid on D as the registry knew them at R.
 */

/** The tables that have no history: the logs (histories themselves) and bookkeeping. */
const WITHOUT_HISTORY = new Set(['audit_entry', 'personal_data_access', 'request_log', 'write_position', 'mikro_orm_migrations']);

export const hasHistory = (table: string) => !WITHOUT_HISTORY.has(table);

/** `table` as recorded at the instant bound in `q`: a row source with the table's columns. */
export function recordedRelation(q: Statement, table: string, recordedAt: Date): string {
  const quoted = `"${table.replace(/"/g, '""')}"`;
  return `(select (jsonb_populate_record(null::${quoted}, h."row")).* from history.${quoted} h where h.recorded @> ${q.bind(recordedAt.toISOString())}::timestamptz)`;
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

/** A selection the recorded read cannot serve (a computed field, a log): refused rather than answered from today's data. */
export const recordedAtUnsupported = (label: string) =>
  new DomainError('VALIDATION_FAILED', [
    violation(
      'recordedAt',
      'RECORDED_AT_UNSUPPORTED',
      `La liste « ${label} » ne peut pas être lue telle qu’enregistrée avec ces champs : demandez seulement des champs enregistrés, leurs références et leurs listes (pas d’indicateur ni de champ calculé).`,
    ),
  ]);
