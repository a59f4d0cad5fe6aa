/**
 * Where what the caller must not see goes: unexpected errors with their stack, SQL and database message, and the
 * request id that the caller's « Erreur interne » names. Pino-compatible (`error(details, message)`): the app passes
 * its pino logger (`ops/logger.ts`).
 */
export interface ErrorLog {
  error(details: Record<string, unknown>, message: string): void;
}

type DatabaseError = Error & { code?: unknown; routine?: unknown; table?: string; column?: string; constraint?: string };

/** A PostgreSQL error (node-postgres's, or MikroORM's exception that copies its fields): a SQLSTATE and a routine. */
const fromDatabase = (error: DatabaseError) =>
  typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code) && typeof error.routine === 'string';

/** SQL string literals ('…', '' escaping a quote): the values of a statement. Identifiers ("…") stay. */
const LITERALS = /'(?:[^']|'')*'/g;
/** A database message quotes the offending value after a colon: `invalid input syntax for type uuid: "…"`. */
const QUOTED_VALUE = /: "(?:[^"]|"")*"/g;

/**
 * Logs carry no personal data: a statement's values and the value a database message quotes become `…`; the
 * database's `detail` (`Key (…)=(…)`, `Failing row contains (…)`) is left out. What remains says where and why:
 * the statement's shape, the message, the SQLSTATE, table, column and constraint, and the stack's frames.
 */
const redact = (text: string) => text.replace(LITERALS, "'…'").replace(QUOTED_VALUE, ': "…"');

/** Pino's shape for an error (`err`): type, redacted message, stack frames (not the message's values again). */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: redact(String(error)).slice(0, 2000) };
  const db = error as DatabaseError;
  const message = redact(error.message).slice(0, 4000);
  // A stack starts with the message (values included): keep only its frames.
  const frames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line));
  const result: Record<string, unknown> = {
    type: error.constructor?.name ?? error.name,
    message,
    stack: frames && [`${error.name}: ${message}`, ...frames].join('\n'),
  };
  if (fromDatabase(db)) Object.assign(result, { sqlState: db.code, table: db.table, column: db.column, constraint: db.constraint });
  if (error.cause !== undefined && depth < 3) result.cause = serializeError(error.cause, depth + 1);
  return result;
}

/** The default: one JSON line on stderr per unexpected error. */
export const stderrLog: ErrorLog = {
  error(details, message) {
    process.stderr.write(`${JSON.stringify({ level: 'error', time: new Date().toISOString(), msg: message, ...details })}\n`);
  },
};
