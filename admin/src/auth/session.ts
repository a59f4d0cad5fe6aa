/**
 * The signed-in session, shared by the back office and the explorer (same origin): the access token and who it
 * is for. Kept in `sessionStorage`, never `localStorage`: it survives a reload and the identity provider's
 * redirect within the tab, is not shared with other tabs, and is gone when the tab closes.
 */
import { print } from 'graphql';
import { MeDocument, type MeQuery } from '../gql/graphql';

/**
 * Who the caller is (me.graphql, typed by `pnpm codegen`); `hiddenTypes` are the types of which the caller never
 * reads a record: their screens are left out.
 */
export type Me = MeQuery['me'];

const TOKEN = 'registre.token';
const ME = 'registre.me';
const RETURN_TO = 'registre.returnTo';
const LOGIN_MESSAGE = 'registre.loginMessage';

export const getToken = (): string | null => sessionStorage.getItem(TOKEN);

export const getMe = (): Me | null => {
  const raw = sessionStorage.getItem(ME);
  return raw ? (JSON.parse(raw) as Me) : null;
};

export function saveSession(token: string, me: Me): void {
  sessionStorage.setItem(TOKEN, token);
  sessionStorage.setItem(ME, JSON.stringify(me));
}

export function clearSession(): void {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(ME);
}

/** Reads the caller's identity and rights with a token, which proves the token valid. */
export async function whoAmI(token: string): Promise<Me> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(MeDocument) }),
  });
  const body = (await response.json()) as { data?: MeQuery; errors?: { message: string }[] };
  if (!body.data) throw new Error(body.errors?.[0]?.message ?? 'Jeton refusé.');
  return body.data.me;
}

/**
 * Pages outside the back office's router (the explorer) sign in through the back office's login page and come
 * back: where to go after signing in, kept for the tab.
 */
export function signInFrom(page: string): void {
  sessionStorage.setItem(RETURN_TO, page);
  window.location.assign('/admin/#/login');
}

/** The page to go back to after signing in, if it is one of ours (same origin, absolute path). */
export function peekReturnTo(): string | null {
  const page = sessionStorage.getItem(RETURN_TO);
  return page && page.startsWith('/') && !page.startsWith('//') ? page : null;
}

/** The same, once: signing in consumes it. */
export function takeReturnTo(): string | null {
  const page = peekReturnTo();
  sessionStorage.removeItem(RETURN_TO);
  return page;
}

/** What the login page tells the user once: why they are back on it (session expired, access refused). */
export interface LoginMessage {
  severity: 'warning' | 'error';
  text: string;
}

export function setLoginMessage(message: LoginMessage): void {
  sessionStorage.setItem(LOGIN_MESSAGE, JSON.stringify(message));
}

export function peekLoginMessage(): LoginMessage | null {
  const raw = sessionStorage.getItem(LOGIN_MESSAGE);
  return raw ? (JSON.parse(raw) as LoginMessage) : null;
}

export const clearLoginMessage = (): void => sessionStorage.removeItem(LOGIN_MESSAGE);

export const SESSION_EXPIRED = 'Votre session a expiré : reconnectez-vous pour revenir à la page où vous étiez.';

/**
 * The API refused the session's token (401: expired, or revoked at the provider): sign in again, then back to
 * `page`. A new document (`/admin/`), not a route change, so that nothing of the expired session keeps querying
 * the API (react-admin's pending queries would each log out again). The provider's session is left alone: with
 * it, signing in again is one redirect.
 */
export function expireSession(page: string): void {
  clearSession();
  setLoginMessage({ severity: 'warning', text: SESSION_EXPIRED });
  sessionStorage.setItem(RETURN_TO, page);
  window.location.assign('/admin/');
}
