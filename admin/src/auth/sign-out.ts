import { authConfig } from './config';
import { signOutOfProvider } from './oidc';
import { clearSession, getToken } from './session';

/**
 * Signing out ends the provider's session too (the browser leaves for the provider, then comes back to the login
 * page). A session that expired (no token left) is only cleared: the user comes back to sign in.
 */
export async function signOut(): Promise<void> {
  if (getToken() && (await authConfig()).mode === 'oidc') return signOutOfProvider();
  clearSession();
}
