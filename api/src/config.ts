/** Validated environment. No secret has a default: the embedded database is the only implicit one. */
export interface Config {
  databaseUrl?: string;
  port: number;
  production: boolean;
  maxPageSize: number;
  /** Largest number of rows one bulk save accepts. */
  maxBulkRows: number;
  dataDir: string;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function loadConfig(): Config {
  return {
    databaseUrl: process.env.DATABASE_URL || undefined,
    port: int('PORT', 4000),
    production: process.env.NODE_ENV === 'production',
    maxPageSize: int('MAX_PAGE_SIZE', 500),
    maxBulkRows: int('MAX_BULK_ROWS', 5000),
    dataDir: process.env.DATA_DIR || '.data',
  };
}
