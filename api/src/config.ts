import path from 'node:path';
import type { AccessLogCommit } from './access/access-log';
import type { AuthConfig } from './access/token';
import { MeetingWindow } from './correspondents/enums';
import { repoRoot } from './root';

/** Validated environment. No secret has a default: the embedded database is the only implicit one. */
export interface Config {
  databaseUrl?: string;
  /** Read replicas of that database (`DATABASE_REPLICA_URLS`, comma-separated): GraphQL queries read there. */
  replicaUrls?: string[];
  /** Largest connection pool of this process to the primary, and to each replica (`DATABASE_POOL_MAX`, default 10). */
  poolMax?: number;
  /** Address the HTTP server listens on: loopback unless HOST says otherwise. */
  host: string;
  port: number;
  production: boolean;
  maxPageSize: number;
  /** Largest number of rows one bulk save accepts. */
  maxBulkRows: number;
  dataDir: string;
  /** Port of the embedded PostgreSQL (when DATABASE_URL is not set). */
  embeddedPort: number;
  /**
   * The embedded PostgreSQL's `shared_buffers` (PostgreSQL's own size syntax, e.g. `1GB`): its page cache. initdb's
   * 128 MB is sized for the smallest machines; the national data's tables and indexes run to gigabytes.
   */
  embeddedSharedBuffers?: string;
  auth: AuthConfig;
  /** Password of the demo accounts (local key only; never in production). */
  demoPassword?: string;
  /** Personal data of records ended longer ago than this may be purged (days). */
  retentionDays: number;
  /** Seed the demo data set into an empty registry: never in production, whatever SEED_DEMO says. */
  seedDemo: boolean;
  /** How long a shutdown waits for the requests in flight before cutting them (ms). */
  shutdownTimeoutMs: number;
  /** `false` reads every list through the ORM instead of the statement compiled from the selection (to compare both; default on). */
  compiledReads?: boolean;
  /**
   * `false` runs the compiled reads as unnamed statements (`PREPARED_STATEMENTS=false`): for a connection pooler in
   * transaction mode that does not track named prepared statements (PgBouncer before 1.21, or without
   * `max_prepared_statements`). Default on: each connection plans a read's shape once.
   */
  preparedStatements?: boolean;
  /** How an access-log line commits (`ACCESS_LOG_COMMIT`, `access/access-log.ts`): asynchronous (default) or synchronous. */
  accessLogCommit: AccessLogCommit;
  /**
   * Pause between two merges of the access log's index pending list (`ACCESS_LOG_UPKEEP_MS`, default 2000):
   * `access/access-log-upkeep.ts`. Null (the tests' apps) for no upkeep: autovacuum alone merges the list.
   */
  accessLogUpkeepMs: number | null;
  /** The information-meeting alert's window [001 §2.5] (design): LAST_12_MONTHS (default) or PREVIOUS_CALENDAR_YEAR. */
  informationMeetingWindow?: MeetingWindow;
}

function accessLogCommitSetting(): AccessLogCommit {
  const raw = process.env.ACCESS_LOG_COMMIT || 'asynchronous';
  if (raw !== 'asynchronous' && raw !== 'synchronous')
    throw new Error(`ACCESS_LOG_COMMIT must be asynchronous or synchronous, got "${raw}"`);
  return raw;
}

function meetingWindowSetting(): MeetingWindow {
  const raw = process.env.INFORMATION_MEETING_WINDOW;
  if (!raw) return MeetingWindow.LAST_12_MONTHS;
  if (!(Object.values(MeetingWindow) as string[]).includes(raw))
    throw new Error(`INFORMATION_MEETING_WINDOW must be LAST_12_MONTHS or PREVIOUS_CALENDAR_YEAR, got "${raw}"`);
  return raw as MeetingWindow;
}

/** An OIDC issuer's keys when configured; else the local key under the data directory (refused in production). */
function authConfig(production: boolean, dataDir: string): AuthConfig {
  const {
    AUTH_ISSUER: issuer,
    AUTH_JWKS_URL: jwksUrl,
    AUTH_AUDIENCE: audience,
    AUTH_CLIENT_ID: clientId,
    AUTH_BOOTSTRAP_ADMIN: bootstrapAdmin,
  } = process.env;
  if (issuer || jwksUrl) {
    if (!issuer || !jwksUrl) throw new Error('AUTH_ISSUER and AUTH_JWKS_URL must be set together');
    return {
      mode: 'oidc',
      issuer,
      jwksUrl,
      audience: audience || undefined,
      clientId: clientId || undefined,
      bootstrapAdmin: bootstrapAdmin || undefined,
    };
  }
  if (production) throw new Error('NODE_ENV=production needs an OIDC issuer: set AUTH_ISSUER and AUTH_JWKS_URL');
  return { mode: 'local', keyFile: path.resolve(repoRoot(), dataDir, 'auth', 'local-signing-key.json') };
}

/** A comma-separated list of PostgreSQL URLs (empty when unset). */
function urls(name: string): string[] {
  const list = (process.env[name] ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  for (const url of list) {
    let protocol: string | undefined;
    try {
      protocol = new URL(url).protocol;
    } catch {
      // reported below, without the URL (it may carry a password)
    }
    if (protocol !== 'postgresql:' && protocol !== 'postgres:') throw new Error(`${name} must list postgresql:// URLs separated by commas`);
  }
  return list;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** A PostgreSQL memory size (`128MB`, `1GB`…), checked here so that a typo fails at start with its name, not in the server's log. */
function memorySize(name: string, fallback: string): string {
  const value = process.env[name] || fallback;
  if (!/^\d+\s*(kB|MB|GB|TB)$/.test(value))
    throw new Error(`${name} must be a PostgreSQL memory size such as 512MB or 1GB, not "${value}"`);
  return value.replace(/\s+/g, '');
}

export function loadConfig(): Config {
  const production = process.env.NODE_ENV === 'production';
  const dataDir = process.env.DATA_DIR || '.data';
  return {
    databaseUrl: process.env.DATABASE_URL || undefined,
    replicaUrls: urls('DATABASE_REPLICA_URLS'),
    poolMax: int('DATABASE_POOL_MAX', 10),
    host: process.env.HOST || '127.0.0.1',
    port: int('PORT', 4000),
    production,
    maxPageSize: int('MAX_PAGE_SIZE', 500),
    maxBulkRows: int('MAX_BULK_ROWS', 5000),
    dataDir,
    embeddedPort: int('EMBEDDED_PG_PORT', 5488),
    embeddedSharedBuffers: memorySize('EMBEDDED_PG_SHARED_BUFFERS', '1GB'),
    auth: authConfig(production, dataDir),
    demoPassword: production ? undefined : (process.env.DEMO_PASSWORD ?? 'demo'),
    retentionDays: int('PERSONAL_DATA_RETENTION_DAYS', 5 * 365),
    seedDemo: !production && process.env.SEED_DEMO !== 'false',
    shutdownTimeoutMs: int('SHUTDOWN_TIMEOUT_MS', 30_000),
    compiledReads: process.env.COMPILED_READS !== 'false',
    informationMeetingWindow: meetingWindowSetting(),
    preparedStatements: process.env.PREPARED_STATEMENTS !== 'false',
    accessLogCommit: accessLogCommitSetting(),
    accessLogUpkeepMs: int('ACCESS_LOG_UPKEEP_MS', 2000),
  };
}
