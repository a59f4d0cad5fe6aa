// Plain JavaScript on purpose: `pnpm run token` imports this file straight from the sources, with no
// compilation (issue 15 item 6: a token in under a second). The server imports the same file, so the local
// issuer, audience, algorithm and signing key are defined once. Types: the JSDoc below (no .d.mts beside it: tsc
// would then take the declaration and not emit this file into dist/, where the built server imports it).
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';

export const LOCAL_ISSUER = 'registre-action-sociale-local';
export const LOCAL_AUDIENCE = 'registre-action-sociale';
const ALG = 'ES256';

/**
 * Where the local signing key lives: `<DATA_DIR>/auth/`, relative to the workspace root.
 * @param {string} root
 * @param {string} dataDir
 * @returns {string}
 */
export const localKeyFile = (root, dataDir) => path.resolve(root, dataDir, 'auth', 'local-signing-key.json');

/**
 * The local signing key, created on first use (mode 0600, under the data directory).
 * @param {string} keyFile
 */
export async function localKey(keyFile) {
  if (!existsSync(keyFile)) {
    const { privateKey } = await generateKeyPair(ALG, { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), alg: ALG, kid: `local-${Date.now()}` };
    await mkdir(path.dirname(keyFile), { recursive: true });
    // `wx`: two processes creating the key at once keep the first one (the loser reads it below).
    await writeFile(keyFile, JSON.stringify(jwk), { mode: 0o600, flag: 'wx' }).catch((error) => {
      if (error.code !== 'EEXIST') throw error;
    });
    await chmod(keyFile, 0o600);
  }
  const jwk = JSON.parse(await readFile(keyFile, 'utf8'));
  const { d: _private, ...publicJwk } = jwk;
  return { privateKey: await importJWK(jwk, ALG), publicJwk };
}

/**
 * Signs a token for a principal with the local key (development, tests, demo login, `pnpm run token`).
 * @param {string} keyFile
 * @param {{ subject: string; name?: string; role: string; perimeter: string[] }} principal
 * @param {string | number} [expiresIn]
 * @returns {Promise<string>}
 */
export async function signLocalToken(keyFile, principal, expiresIn = '8h') {
  const { privateKey, publicJwk } = await localKey(keyFile);
  return new SignJWT({ role: principal.role, perimeter: principal.perimeter, name: principal.name })
    .setProtectedHeader({ alg: ALG, kid: publicJwk.kid })
    .setSubject(principal.subject)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(privateKey);
}
