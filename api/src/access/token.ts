import { createLocalJWKSet, createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { isTerritorial, type Principal, Role } from './roles';

/** Tokens come from an OIDC issuer (production) or are signed with a local key (embedded default, tests, `pnpm token`). */
export type AuthConfig =
  | { mode: 'local'; keyFile: string }
  | {
      mode: 'oidc';
      issuer: string;
      audience?: string;
      jwksUrl: string;
      /** The back office's public client at the provider (authorization code + PKCE). */
      clientId?: string;
      /** A person (`sub`) who is a national administrator without a grant: the first one, who records the others. */
      bootstrapAdmin?: string;
    };

export class AuthenticationError extends Error {}

/** A valid token of the provider whose identity the national administration has not granted any access (HTTP 403). */
export class AccessNotGrantedError extends Error {
  constructor(readonly identity: Identity) {
    super(
      `Accès refusé : votre compte « ${identity.subject} » n’a pas d’habilitation au registre ; demandez-la à l’administration nationale.`,
    );
  }
}

/** Who an identity provider's token is for: a person (`sub`), or a script of the client-credentials grant (`client_id`). */
export interface Identity {
  kind: 'USER' | 'CLIENT';
  subject: string;
}

/** The principal of an identity, from the national administration's grants (never from the token's claims). */
export type GrantResolver = (identity: Identity) => Promise<Principal | null>;

/** oidc-provider and most providers write `sub = client_id` in a client-credentials token: a script, not a person. */
export function identityOf(payload: JWTPayload): Identity {
  const clientId = typeof payload.client_id === 'string' ? payload.client_id : undefined;
  if (clientId && (!payload.sub || payload.sub === clientId)) return { kind: 'CLIENT', subject: clientId };
  if (!payload.sub) throw new AuthenticationError('sujet (sub) manquant');
  return { kind: 'USER', subject: payload.sub };
}

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

/** How long a verified token's claims are reused without checking its signature again (never past its expiry). */
const VERIFIED_FOR_MS = 60_000;
const MAX_VERIFIED = 1_000;

/**
 * The claims of the tokens verified in the last minute, by token: a signature check is the costliest step of a
 * small read, and a client sends the same token with each request. The same bytes verify the same way; only the
 * time-bound checks could change, so an entry ends at the token's expiry. (An issuer's key removed from its JWKS
 * stops being accepted within this minute, as within jose's own cache of the key set.)
 */
function verifiedTokens() {
  const entries = new Map<string, { payload: JWTPayload; until: number }>();
  return {
    get(token: string): JWTPayload | undefined {
      const entry = entries.get(token);
      if (entry && entry.until > Date.now()) return entry.payload;
      if (entry) entries.delete(token);
      return undefined;
    },
    keep(token: string, payload: JWTPayload): JWTPayload {
      if (entries.size >= MAX_VERIFIED) entries.delete(entries.keys().next().value!);
      entries.set(token, {
        payload,
        until: Math.min(Date.now() + VERIFIED_FOR_MS, typeof payload.exp === 'number' ? payload.exp * 1000 : Infinity),
      });
      return payload;
    },
  };
}

/**
 * Verifies bearer tokens: signature (local key or the issuer's JWKS), issuer, audience, expiry. A local token carries
 * its role (we signed it); an issuer's token only says who it is for, and `grants` says what that identity may do.
 */
export async function tokenVerifier(config: AuthConfig, grants?: GrantResolver): Promise<(token: string) => Promise<Principal>> {
  const { localKey, LOCAL_AUDIENCE, LOCAL_ISSUER } = await local();
  const keys =
    config.mode === 'local'
      ? createLocalJWKSet({ keys: [(await localKey(config.keyFile)).publicJwk] })
      : createRemoteJWKSet(new URL(config.jwksUrl));
  const issuer = config.mode === 'local' ? LOCAL_ISSUER : config.issuer;
  const audience = config.mode === 'local' ? LOCAL_AUDIENCE : config.audience;
  const verified = verifiedTokens();
  return async (token) => {
    try {
      const payload = verified.get(token) ?? verified.keep(token, (await jwtVerify(token, keys, { issuer, audience })).payload);
      if (config.mode === 'local') return principalOf(payload);
      const identity = identityOf(payload);
      const principal = await grants?.(identity);
      if (!principal) throw new AccessNotGrantedError(identity);
      return principal;
    } catch (error) {
      if (error instanceof AuthenticationError || error instanceof AccessNotGrantedError) throw error;
      throw new AuthenticationError((error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'jeton expiré' : 'jeton invalide');
    }
  };
}
