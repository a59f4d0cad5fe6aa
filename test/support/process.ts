import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../api/src/db/embedded';

const root = path.resolve(__dirname, '../..');
const main = path.join(root, 'api/dist/api/src/main.js');

/** The built server, as `pnpm start` runs it (`pnpm test` builds it first, through schema:check). */
export function ensureBuilt(): void {
  if (!existsSync(main)) execFileSync('pnpm', ['--filter', 'api', 'build'], { cwd: root, stdio: 'inherit' });
}

export type LogLine = Record<string, unknown> & { level: string; msg: string };

/** A scratch data directory and two free ports: one product installation, started and stopped as often as wanted. */
export async function installation() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'registre-process-'));
  return { dataDir, port: await freePort(), pgPort: await freePort(), remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}
export type Installation = Awaited<ReturnType<typeof installation>>;

/** Polls until `check` holds (a state, not a duration: the bound only stops a broken run). */
export async function until<T>(check: () => T | undefined | Promise<T | undefined>, what: string, bound = 90_000): Promise<T> {
  for (const deadline = Date.now() + bound; Date.now() < deadline; await sleep(100)) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
  }
  throw new Error(`Gave up waiting for ${what}`);
}

/** Whether a TCP connection to host:port is accepted. */
export const accepts = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** Starts `node api/dist/api/src/main.js` on an installation; its JSON log lines are parsed as they come. */
export function startServer(inst: Installation, env: Record<string, string> = {}) {
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: '',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      PORT: String(inst.port),
      EMBEDDED_PG_PORT: String(inst.pgPort),
      DATA_DIR: inst.dataDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  const raw: string[] = [];
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const part of parts) {
      raw.push(part);
      try {
        lines.push(JSON.parse(part) as LogLine);
      } catch {
        // Not a log line: kept in `raw` for the assertions that every line is JSON.
      }
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => raw.push(chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const host = env.HOST ?? '127.0.0.1';
  const baseUrl = `http://${host}:${inst.port}`;
  return {
    child,
    lines,
    raw,
    exited,
    baseUrl,
    /**
     * Resolves once `/readyz` answers 200; fails if the process exits first. A first start (initdb, migrations,
     * referential) took 20–90 s and more on the shared 2-core machine: the bound is generous, and a server that
     * never gets ready is killed, so that it cannot hold the data directory for the next test.
     */
    ready: () =>
      Promise.race([
        until(
          async () =>
            (await fetch(`${baseUrl}/readyz`).then(
              (r) => r.ok,
              () => false,
            )) || undefined,
          `${baseUrl}/readyz`,
          300_000,
        ),
        exited.then(({ code }) => Promise.reject(new Error(`server exited (${code}) before it was ready:\n${raw.join('\n')}`))),
      ]).catch((error: unknown) => {
        child.kill('SIGKILL');
        throw error;
      }),
    log: (predicate: (line: LogLine) => boolean, what: string) => until(() => lines.find(predicate), what),
  };
}
export type ServerProcess = ReturnType<typeof startServer>;
