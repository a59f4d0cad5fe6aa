import type { AuthProvider } from 'react-admin';
import { signOut } from './auth/sign-out';
import { shapeOf } from './dataProvider/schema';
import { expireSession, getMe, getToken, type Me, saveSession, takeReturnTo, whoAmI } from './auth/session';

export { getToken, type Me } from './auth/session';

/** A demo account (local key) with its password, or a token pasted from the identity provider. */
export interface Credentials {
  username?: string;
  password?: string;
  token?: string;
}

const isUnauthenticated = (error: unknown) => {
  const e = error as { status?: number; networkError?: { statusCode?: number }; body?: { networkError?: { statusCode?: number } } };
  return e?.status === 401 || e?.networkError?.statusCode === 401 || e?.body?.networkError?.statusCode === 401;
};

const BACK_OFFICE = '/admin/#';

/**
 * Where react-admin goes once signed in: the page kept before signing in (`returnTo`), a route of the back office
 * or another page of ours (the explorer); otherwise the page react-admin was asked for.
 */
function afterSignIn(returnTo: string | null): { redirectTo: string | false } | undefined {
  if (!returnTo) return undefined;
  if (returnTo.startsWith(BACK_OFFICE)) return { redirectTo: returnTo.slice(BACK_OFFICE.length) || '/' };
  window.location.assign(returnTo);
  return { redirectTo: false };
}

export const authProvider: AuthProvider = {
  async login({ username, password, token }: Credentials) {
    let bearer = token?.trim();
    if (!bearer) {
      const response = await fetch('/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      const body = (await response.json()) as { token?: string; message?: string };
      if (!body.token) throw new Error(body.message ?? 'Connexion refusée.');
      bearer = body.token;
    }
    saveSession(bearer, await whoAmI(bearer));
    return afterSignIn(takeReturnTo());
  },
  async logout() {
    await signOut();
  },
  async checkAuth() {
    // Not signed in: straight to the login page, without an error notice (`message: false`).
    if (!getToken() || !getMe()) throw { message: false };
  },
  async checkError(error) {
    if (!isUnauthenticated(error)) return;
    // A session that was there has expired: back through sign-in to this page, with the French message.
    if (getToken()) expireSession(`${window.location.pathname}${window.location.hash}`);
    throw { message: false };
  },
  async getIdentity() {
    const me = getMe();
    if (!me) throw new Error('Connexion requise.');
    return { id: me.subject, fullName: me.name ?? me.subject };
  },
  async getPermissions() {
    return getMe();
  },
  /**
   * What react-admin's own buttons ask before they show (a list's selection and bulk delete, create and edit buttons):
   * a write only where the role writes that type, so a read-only role is not offered what the API would refuse.
   */
  async canAccess({ action, resource }) {
    if (!resource || !WRITES.has(action)) return true;
    const type = typeOfResource(resource);
    return type === undefined || canWrite(getMe(), type);
  },
};

/** react-admin's actions that change records. */
const WRITES = new Set(['create', 'edit', 'delete']);

/** The GraphQL type of a back-office resource, if it is one of the schema's lists (a custom page is not). */
function typeOfResource(resource: string): string | undefined {
  try {
    return shapeOf(resource).type;
  } catch {
    return undefined;
  }
}

/** Whether the caller may change records of a GraphQL type (the API enforces it; the UI only hides what would fail). */
export const canWrite = (me: Me | null | undefined, type: string) =>
  !!me && (me.writableTypes.includes('*') || me.writableTypes.includes(type));

/** Whether the caller may read records of a GraphQL type at all (a role refused it, a partner ministry out of its reach). */
export const canRead = (me: Me | null | undefined, type: string) => !me?.hiddenTypes?.includes(type);

/** Whether the caller reads a field (`Type.field`) at all: a withheld one reads null, and its indicators are refused. */
export const readsField = (me: Me | null | undefined, field: string) => !me?.withheldFields?.includes(field);
