import type { Server } from 'node:http';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { freePort } from '../../api/src/db/embedded';

/** The back office's public client (authorization code + PKCE), a script's confidential client, the API's audience. */
export const BACK_OFFICE_CLIENT = 'registre-back-office';
export const SCRIPT_CLIENT = { id: 'script-dep-75', secret: 'secret-du-script-75' };
export const AUDIENCE = 'urn:registre-action-sociale';

export interface TestProvider {
  issuer: string;
  /** The `auth` part of the API's configuration for this provider. */
  auth: { mode: 'oidc'; issuer: string; jwksUrl: string; audience: string; clientId: string; bootstrapAdmin: string };
  /** Starts it, once the back office's address (its redirect URIs) is known. */
  start(appBaseUrl: string): Promise<void>;
  /** A client-credentials token of the script's client, from the provider's token endpoint. */
  scriptToken(): Promise<string>;
  /** A token signed with the provider's own key, as it would sign one (for the bootstrap admin, or an expired one). */
  sign(claims: JWTPayload, expiresAt?: number): Promise<string>;
  close(): Promise<void>;
}

/** The national administrator the API trusts before any grant exists (`AUTH_BOOTSTRAP_ADMIN`). */
export const BOOTSTRAP_ADMIN = 'admin-national';

/**
 * A real OpenID provider on loopback (npm `oidc-provider`, a certified implementation) with its development login
 * page: any account name signs in (the password is not checked), and consents once per client.
 */
export async function createTestProvider(): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: 'ES256', use: 'sig', kid: 'test-provider' };
  let server: Server | undefined;

  const sign = (claims: JWTPayload, expiresAt = Math.floor(Date.now() / 1000) + 3600) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: jwk.kid, typ: 'at+jwt' })
      .setIssuer(issuer)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(expiresAt)
      .sign(privateKey);

  return {
    issuer,
    auth: {
      mode: 'oidc',
      issuer,
      jwksUrl: `${issuer}/jwks`,
      audience: AUDIENCE,
      clientId: BACK_OFFICE_CLIENT,
      bootstrapAdmin: BOOTSTRAP_ADMIN,
    },
    sign,
    async start(appBaseUrl) {
      const { default: Provider } = await import('oidc-provider');
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: BACK_OFFICE_CLIENT,
            token_endpoint_auth_method: 'none',
            grant_types: ['authorization_code'],
            response_types: ['code'],
            redirect_uris: [`${appBaseUrl}/admin/`],
            post_logout_redirect_uris: [`${appBaseUrl}/admin/`],
            scope: 'openid profile registre',
          },
          {
            client_id: SCRIPT_CLIENT.id,
            client_secret: SCRIPT_CLIENT.secret,
            grant_types: ['client_credentials'],
            response_types: [],
            redirect_uris: [],
            scope: 'registre',
          },
        ],
        jwks: { keys: [jwk as never] },
        clientDefaults: { id_token_signed_response_alg: 'ES256' },
        cookies: { keys: ['cle-de-test-des-cookies'] },
        scopes: ['openid', 'profile', 'registre'],
        claims: { openid: ['sub'], profile: ['name'] },
        // A user may put anything in the account name: the registry reads only `sub`, and maps it to a grant.
        findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, name: sub }) }),
        pkce: { required: () => true },
        features: {
          devInteractions: { enabled: true },
          clientCredentials: { enabled: true },
          rpInitiatedLogout: { enabled: true },
          resourceIndicators: {
            enabled: true,
            defaultResource: () => AUDIENCE,
            useGrantedResource: () => true,
            getResourceServerInfo: () => ({
              scope: 'registre',
              audience: AUDIENCE,
              accessTokenFormat: 'jwt',
              accessTokenTTL: 3600,
              jwt: { sign: { alg: 'ES256' } },
            }),
          },
        },
      });
      await new Promise<void>((resolve) => {
        server = provider.listen(port, '127.0.0.1', () => resolve()) as unknown as Server;
      });
    },
    async scriptToken() {
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${SCRIPT_CLIENT.id}:${SCRIPT_CLIENT.secret}`).toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'registre', resource: AUDIENCE }),
      });
      const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
      if (!body.access_token) throw new Error(`client_credentials: ${body.error} ${body.error_description}`);
      return body.access_token;
    },
    close: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
}
