import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * After a `kill -9` of the API, the embedded PostgreSQL it spawned is re-parented and keeps running, holding
 * `postmaster.pid`: the next start would fail. Before starting, `releaseDataDir` stops that orphan (a fast
 * shutdown: PostgreSQL checkpoints, so nothing committed is lost), after checking that the pid really is a
 * postmaster of this data directory, and refuses when a live API still owns it.
 */

interface ProcessInfo {
  argv: string[];
  parentPid: number;
  zombie: boolean;
}

function processInfo(pid: number): ProcessInfo | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's; without /proc or ps we cannot tell more.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  try {
    if (existsSync('/proc/self/stat')) {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      // stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return { argv, parentPid: Number(ppid), zombie: state === 'Z' };
    }
    // macOS and other Unixes: ps (paths with spaces are not told apart there).
    const [ppid, state, ...command] = execFileSync('ps', ['-o', 'ppid=,state=,command=', '-p', String(pid)], { encoding: 'utf8' })
      .trim()
      .split(/\s+/);
    return { argv: command, parentPid: Number(ppid), zombie: state?.startsWith('Z') ?? false };
  } catch {
    return undefined;
  }
}

const alive = (pid: number) => {
  const info = processInfo(pid);
  return info !== undefined && !info.zombie;
};

const samePath = (a: string, b: string) => {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
};

/** A postgres binary started with `-D <dataDir>`: the postmaster of this data directory. */
function isPostmasterOf(info: ProcessInfo, dataDir: string): boolean {
  const dash = info.argv.indexOf('-D');
  return path.basename(info.argv[0] ?? '') === 'postgres' && dash >= 0 && samePath(info.argv[dash + 1] ?? '', dataDir);
}

/** The postmaster's parent is a running Node process (another API, or a test run): not an orphan. */
function ownedByLiveNode(info: ProcessInfo): number | undefined {
  if (info.parentPid <= 1) return undefined;
  const parent = processInfo(info.parentPid);
  return parent && !parent.zombie && /(^|\/)node$/.test(parent.argv[0] ?? '') ? info.parentPid : undefined;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) if (!alive(pid)) return true;
  return !alive(pid);
}

export type Release = { kind: 'free' } | { kind: 'stale-pid-file' } | { kind: 'stopped-orphan'; pid: number };

export async function releaseDataDir(dataDir: string, log: (message: string) => void = () => {}): Promise<Release> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return { kind: 'free' };
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const info = processInfo(pid);
  if (!info || info.zombie || !isPostmasterOf(info, dataDir)) {
    // The pid is gone or was reused by another program: PostgreSQL would still refuse the lock file.
    rmSync(pidFile, { force: true });
    return { kind: 'stale-pid-file' };
  }
  const owner = ownedByLiveNode(info);
  if (owner !== undefined) {
    throw new Error(
      `The embedded PostgreSQL of ${dataDir} (pid ${pid}) belongs to a running process (pid ${owner}): stop it first, or use another DATA_DIR.`,
    );
  }
  log(`Embedded PostgreSQL left running by a previous run (pid ${pid}): stopping it before starting again.`);
  // SIGINT = fast shutdown: sessions are ended, open transactions rolled back, a checkpoint written.
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, 30_000)) return { kind: 'stopped-orphan', pid };
  // SIGQUIT = immediate shutdown: the next start replays the WAL (committed data is still kept).
  process.kill(pid, 'SIGQUIT');
  if (await waitForExit(pid, 10_000)) return { kind: 'stopped-orphan', pid };
  throw new Error(`The embedded PostgreSQL left running on ${dataDir} (pid ${pid}) does not stop.`);
}
