/**
 * Where what the caller must not see goes: unexpected errors with their stack, SQL and database message, and the
 * request id that the caller's « Erreur interne » names. Pino-compatible (`error(details, message)`), so a pino
 * logger can be passed as it is.
 */
export interface ErrorLog {
  error(details: Record<string, unknown>, message: string): void;
}

/** Pino's shape for an error (`err`), with the driver's details (SQL state, detail) when there are some. */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, detail, sqlState } = error as { code?: unknown; detail?: unknown; sqlState?: unknown };
  return { type: error.name, message: error.message, stack: error.stack, code, detail, sqlState };
}

/** The default: one JSON line on stderr per unexpected error. */
export const stderrLog: ErrorLog = {
  error(details, message) {
    process.stderr.write(`${JSON.stringify({ level: 'error', time: new Date().toISOString(), msg: message, ...details })}\n`);
  },
};
