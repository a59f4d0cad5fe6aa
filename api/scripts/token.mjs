#!/usr/bin/env node
// `pnpm run token`: a development token signed with the local key of the embedded product (<DATA_DIR>/auth).
// Plain JavaScript, run without compiling anything (it used to take 6–9 s to compile the API first).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { localKeyFile, signLocalToken } from '../src/access/local-token.mjs';

/** The roles of DOMAIN.md §1 and whether they need a perimeter; the server checks the same (token.ts `principalOf`), and token.test.ts checks both agree. */
const ROLES = { NATIONAL_ADMIN: false, DEPARTMENTAL_ADMIN: true, REGIONAL_CTR: true, ANALYST: false, PARTNER_MINISTRY: true };

const USAGE = `pnpm run token --role <national-admin|departmental-admin|regional-ctr|analyst|partner-ministry> [--scope 75 --scope 92] [--sub email] [--ttl 8h]
  --scope: INSEE department codes (departmental-admin), region codes (regional-ctr), or the ministry code (partner-ministry, e.g. JUSTICE)`;

function workspaceRoot() {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
  }
  throw new Error('pnpm-workspace.yaml introuvable');
}

async function run() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      scope: { type: 'string', multiple: true },
      sub: { type: 'string' },
      name: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
    },
  });
  const role = values.role?.toUpperCase().replace(/-/g, '_');
  if (!role || !(role in ROLES)) throw new Error(`Rôle manquant ou inconnu.\n${USAGE}`);
  if (process.env.AUTH_ISSUER || process.env.AUTH_JWKS_URL || process.env.NODE_ENV === 'production') {
    throw new Error('Un fournisseur d’identité est configuré (AUTH_ISSUER) : les jetons viennent de lui, pas de la clé locale.');
  }
  const perimeter = (values.scope ?? [])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  if (ROLES[role] && perimeter.length === 0) throw new Error(`Le rôle ${role} exige un périmètre (--scope).\n${USAGE}`);
  const keyFile = localKeyFile(workspaceRoot(), process.env.DATA_DIR || '.data');
  const principal = { subject: values.sub ?? `${role.toLowerCase()}@dev.local`, name: values.name, role, perimeter };
  process.stdout.write(`${await signLocalToken(keyFile, principal, values.ttl)}\n`);
}

run().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
