/** How this deployment signs in (GET /auth/config): demo accounts with the local key, or an OpenID provider. */
export interface AuthConfig {
  mode: 'local' | 'oidc';
  issuer?: string;
  clientId?: string;
  audience?: string;
  demoAccounts?: { subject: string; name: string; role: string }[];
}

let config: Promise<AuthConfig> | undefined;

export const authConfig = (): Promise<AuthConfig> =>
  (config ??= fetch('/auth/config').then(
    (r) => r.json() as Promise<AuthConfig>,
    () => ({ mode: 'oidc' as const }),
  ));
