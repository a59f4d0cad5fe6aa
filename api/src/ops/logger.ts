import { pino, type DestinationStream, type Logger } from 'pino';
import { serializeError } from '../shared/log';

export type { Logger };

/**
 * The JSON logger of the process: one object per line on stdout (or `destination`), ISO times, `err` serialised
 * without the values it quotes (`serializeError`). LOG_LEVEL sets the level (default `info`).
 */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      base: { service: 'registre' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // `err` may come serialised already (formatError does it): only an Error is serialised here.
      serializers: { err: (err: unknown) => (err instanceof Error ? serializeError(err) : err) },
    },
    // stdout written asynchronously (sonic-boom, flushed at exit): a synchronous write per request line holds the
    // event loop for a system call on every request. Lines leave by 4 kB (about 15 request lines) or after a second
    // at most: one write per line was one system call and one wake-up of the writing thread per request.
    options.destination ?? pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 1000 }),
  );
}
