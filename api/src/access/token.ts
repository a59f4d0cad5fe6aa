import { createLocalJWKSet, createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { isTerritorial, type Principal, Role } from './roles';

/** Tokens come from an OIDC issuer (production) or are signed with a local key (embedded default, tests, `pnpm token`). */
export type AuthConfig =
  | { mode: 'local'; keyFile: string }
  | { mode: 'oidc'; issuer: string; audience?: string; jwksUrl: string };

export class AuthenticationError extends Error {}

/** The local key's mechanism is plain JavaScript shared with `pnpm run token` (which runs uncompiled). */
const local = () => import('./local-token.mjs');

/** Signs a token for a principal with the local key (development, tests, demo login). */
export async function mintToken(keyFile: string, principal: Principal, expiresIn: string | number = '8h'): Promise<string> {
  return (await local()).signLocalToken(keyFile, principal, expiresIn);
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
  const { localKey, LOCAL_AUDIENCE, LOCAL_ISSUER } = await local();
  const keys = config.mode === 'local'
    ? createLocalJWKSet({ keys: [(await localKey(config.keyFile)).publicJwk] })
    : createRemoteJWKSet(new URL(config.jwksUrl));
  const issuer = config.mode === 'local' ? LOCAL_ISSUER : config.issuer;
  const audience = config.mode === 'local' ? LOCAL_AUDIENCE : config.audience;
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
