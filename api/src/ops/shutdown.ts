import type { Server, ServerResponse } from 'node:http';
import type { Lifecycle } from './health';
import type { Logger } from './logger';

export type ShutdownStep = [name: string, run: () => Promise<unknown>];

/**
 * Graceful shutdown of the HTTP server, then of what it uses: on the returned function's first call, `/readyz`
 * turns 503, the server stops accepting connections, the requests in flight finish (their connections close after
 * the response; idle keep-alive connections at once), and only then the `steps` run, in order (Apollo, the pool,
 * the embedded cluster). After `timeoutMs` the connections still open are cut.
 */
export function gracefulShutdown(
  server: Server,
  options: { logger: Logger; lifecycle: Lifecycle; timeoutMs: number; steps: ShutdownStep[] },
) {
  const { logger, lifecycle, timeoutMs, steps } = options;
  const inFlight = new Set<ServerResponse>();
  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    res.on('close', () => inFlight.delete(res));
    if (lifecycle.draining && !res.headersSent) res.setHeader('connection', 'close');
  });

  let stopping: Promise<void> | undefined;
  return (reason: string): Promise<void> =>
    (stopping ??= (async () => {
      lifecycle.draining = true;
      logger.info({ reason, inFlight: inFlight.size }, 'shutting down: the requests in flight finish first');
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
      await new Promise<void>((resolve) => {
        const cut = setTimeout(() => {
          logger.warn({ inFlight: inFlight.size, timeoutMs }, 'shutdown: requests still in flight are cut');
          server.closeAllConnections();
        }, timeoutMs);
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
      });
      for (const [name, run] of steps) {
        try {
          await run();
        } catch (err) {
          logger.error({ err, step: name }, 'shutdown step failed');
        }
      }
      logger.info('stopped');
    })());
}
