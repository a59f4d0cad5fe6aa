import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createLocalJWKSet, createRemoteJWKSet, exportJWK, generateKeyPair, importJWK, type JWK, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { isTerritorial, type Principal, Role } from './roles';

/** Tokens come from an OIDC issuer (production) or are signed with a local key (embedded default, tests, `pnpm token`). */
export type AuthConfig =
  | { mode: 'local'; keyFile: string }
  | { mode: 'oidc'; issuer: string; audience?: string; jwksUrl: string };

const LOCAL_ISSUER = 'registre-action-sociale-local';
const AUDIENCE = 'registre-action-sociale';
const ALG = 'ES256';

export class AuthenticationError extends Error {}

interface LocalKey {
  privateKey: CryptoKey | Uint8Array;
  publicJwk: JWK;
}

/** The local signing key, created on first use (mode 0600, under the data directory). */
export async function localKey(keyFile: string): Promise<LocalKey> {
  if (!existsSync(keyFile)) {
    const { privateKey } = await generateKeyPair(ALG, { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), alg: ALG, kid: `local-${Date.now()}` };
    await mkdir(path.dirname(keyFile), { recursive: true });
    await writeFile(keyFile, JSON.stringify(jwk), { mode: 0o600 });
    await chmod(keyFile, 0o600);
  }
  const jwk = JSON.parse(await readFile(keyFile, 'utf8')) as JWK;
  const { d: _private, ...publicJwk } = jwk;
  return { privateKey: await importJWK(jwk, ALG), publicJwk };
}

/** Signs a token for a principal with the local key (development, tests, demo login). */
export async function mintToken(keyFile: string, principal: Principal, expiresIn: string | number = '8h'): Promise<string> {
  const { privateKey, publicJwk } = await localKey(keyFile);
  return new SignJWT({ role: principal.role, perimeter: principal.perimeter, name: principal.name })
    .setProtectedHeader({ alg: ALG, kid: publicJwk.kid })
    .setSubject(principal.subject)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(privateKey);
}

/** The principal a verified token's claims describe; claims that do not make a valid principal are refused. */
export function principalOf(payload: JWTPayload): Principal {
  const role = payload.role;
  if (typeof role !== 'string' || !(role in Role)) throw new AuthenticationError(`rôle inconnu « ${String(role)} »`);
  const perimeter = Array.isArray(payload.perimeter) ? payload.perimeter.map(String) : [];
  if ((isTerritorial(role as Role) || role === Role.PARTNER_MINISTRY) && perimeter.length === 0) {
    throw new AuthenticationError(`le rôle ${role} exige un périmètre (claim « perimeter »)`);
  }
  if (!payload.sub) throw new AuthenticationError('sujet (sub) manquant');
  return { subject: payload.sub, name: typeof payload.name === 'string' ? payload.name : undefined, role: role as Role, perimeter };
}

/** Verifies bearer tokens: signature (local key or the issuer's JWKS), issuer, audience, expiry. */
export async function tokenVerifier(config: AuthConfig): Promise<(token: string) => Promise<Principal>> {
  const keys = config.mode === 'local'
    ? createLocalJWKSet({ keys: [(await localKey(config.keyFile)).publicJwk] })
    : createRemoteJWKSet(new URL(config.jwksUrl));
  const issuer = config.mode === 'local' ? LOCAL_ISSUER : config.issuer;
  const audience = config.mode === 'local' ? AUDIENCE : config.audience;
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, { issuer, audience });
      return principalOf(payload);
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      throw new AuthenticationError((error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'jeton expiré' : 'jeton invalide');
    }
  };
}
