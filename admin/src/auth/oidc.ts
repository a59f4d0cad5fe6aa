import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { type AuthConfig, authConfig } from './config';
import { clearSession, saveSession, setLoginMessage, takeReturnTo, whoAmI } from './session';

/**
 * Sign-in with the OpenID provider of AUTH_ISSUER: authorization code + PKCE (oidc-client-ts), the back office
 * being a public client. Every store is the tab's sessionStorage (oidc-client-ts's default for the user, set here
 * for the PKCE state too): nothing in localStorage, nothing shared with other tabs, gone when the tab closes; it
 * survives the redirect to the provider and back, which an in-memory store would not. No silent renewal (it needs
 * the provider's cookies in a hidden frame): an expired session signs in again, the provider's session making it
 * one redirect.
 */
const CALLBACK = '/admin/';
let manager: UserManager | undefined;

function userManager(config: AuthConfig): UserManager {
  const store = new WebStorageStateStore({ store: window.sessionStorage });
  manager ??= new UserManager({
    authority: config.issuer!,
    client_id: config.clientId!,
    redirect_uri: `${window.location.origin}${CALLBACK}`,
    post_logout_redirect_uri: `${window.location.origin}${CALLBACK}`,
    response_type: 'code',
    scope: 'openid profile registre',
    ...(config.audience ? { resource: config.audience } : {}),
    userStore: store,
    stateStore: store,
    automaticSilentRenew: false,
    loadUserInfo: false,
  });
  return manager;
}

/** The provider's login page; back on `returnTo` (a page of ours) once signed in. */
export async function signInWithProvider(returnTo: string): Promise<void> {
  await userManager(await authConfig()).signinRedirect({ state: { returnTo } });
}

/** Ends the session here and at the provider (RP-initiated logout), back to the back office's login page. */
export async function signOutOfProvider(): Promise<void> {
  const users = userManager(await authConfig());
  const user = await users.getUser();
  clearSession();
  await users.removeUser();
  await users.signoutRedirect({ id_token_hint: user?.id_token });
}

/**
 * On the way back from the provider (`/admin/?code=…&state=…`): the API tells who the token is for (its grant),
 * then the page asked for. An identity without a grant gets the API's French refusal on the login page.
 */
export async function completeSignIn(): Promise<boolean> {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('state') || !(params.has('code') || params.has('error'))) return false;
  const config = await authConfig();
  if (config.mode !== 'oidc') return false;
  let target = '/admin/#/login';
  takeReturnTo(); // carried by the provider's `state` instead
  const users = userManager(config);
  try {
    const user = await users.signinRedirectCallback().catch((error: Error) => {
      // oidc-client-ts's messages are English and technical (state not found, provider's error code).
      throw new Error(`La connexion auprès du fournisseur d’identité n’a pas abouti (${error.message}) : recommencez.`);
    });
    // The API's answer: who the token is for, or its French refusal (no grant, grant ended).
    saveSession(user.access_token, await whoAmI(user.access_token));
    target = (user.state as { returnTo?: string } | undefined)?.returnTo ?? '/admin/#/';
  } catch (error) {
    clearSession();
    await users.removeUser();
    setLoginMessage({ severity: 'error', text: (error as Error).message });
  }
  window.location.replace(target.startsWith('/') && !target.startsWith('//') ? target : '/admin/#/');
  return true;
}
