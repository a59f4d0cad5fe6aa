import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { repoRoot } from '../root';
import { Role } from './roles';
import { tokenVerifier } from './token';

const run = promisify(execFile);

describe('pnpm run token (api/scripts/token.mjs, run uncompiled)', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'token-'));
  afterAll(() => rm(dataDir, { recursive: true, force: true }));
  const env = { ...process.env, DATA_DIR: dataDir, AUTH_ISSUER: '', AUTH_JWKS_URL: '', NODE_ENV: '' };
  const token = (...args: string[]) => run(process.execPath, [path.join(repoRoot(), 'api/scripts/token.mjs'), ...args], { env });
  const scopes: Record<Role, string[]> = {
    NATIONAL_ADMIN: [],
    ANALYST: [],
    DEPARTMENTAL_ADMIN: ['--scope', '75', '--scope', '92'],
    REGIONAL_CTR: ['--scope', '11'],
    PARTNER_MINISTRY: ['--scope', 'AGRICULTURE'],
  };

  it('prints, for every role, a token the server accepts with the same data directory', async () => {
    const saved = process.env.DATA_DIR;
    process.env.DATA_DIR = dataDir; // the server's own reading of DATA_DIR, so that both paths to the key must agree
    const verify = await tokenVerifier(loadConfig().auth).finally(() => (process.env.DATA_DIR = saved));
    for (const role of Object.values(Role)) {
      const { stdout } = await token('--role', role.toLowerCase().replace(/_/g, '-'), ...scopes[role]);
      const principal = await verify(stdout.trim());
      expect(principal).toMatchObject({ role, subject: `${role.toLowerCase()}@dev.local` });
      expect(principal.perimeter).toEqual(scopes[role].filter((s) => s !== '--scope'));
    }
  });

  it('refuses what the server would refuse: an unknown role, a territorial role without perimeter', async () => {
    await expect(token('--role', 'superuser')).rejects.toMatchObject({ stderr: expect.stringContaining('Rôle manquant ou inconnu') });
    for (const role of ['departmental-admin', 'regional-ctr', 'partner-ministry']) {
      await expect(token('--role', role)).rejects.toMatchObject({ stderr: expect.stringContaining('exige un périmètre') });
    }
  });

  it('refuses to sign when an identity provider is configured', async () => {
    const withIssuer = run(process.execPath, [path.join(repoRoot(), 'api/scripts/token.mjs'), '--role', 'analyst'], {
      env: { ...env, AUTH_ISSUER: 'https://idp.example' },
    });
    await expect(withIssuer).rejects.toMatchObject({ stderr: expect.stringContaining('fournisseur d’identité') });
  });
});
