import type { AuthProvider } from 'react-admin';

const TOKEN = 'registre.token';
const ME = 'registre.me';

export interface Me {
  subject: string;
  name?: string | null;
  role: string;
  perimeter: string[];
  writableTypes: string[];
}

export const getToken = (): string | null => localStorage.getItem(TOKEN);

const storedMe = (): Me | null => {
  const raw = localStorage.getItem(ME);
  return raw ? (JSON.parse(raw) as Me) : null;
};

/** Reads the caller's identity and rights with a token, which proves the token valid. */
async function whoAmI(token: string): Promise<Me> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { subject name role perimeter writableTypes } }' }),
  });
  const body = (await response.json()) as { data?: { me: Me }; errors?: { message: string }[] };
  if (!body.data) throw new Error(body.errors?.[0]?.message ?? 'Jeton refusé.');
  return body.data.me;
}

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
    const me = await whoAmI(bearer);
    localStorage.setItem(TOKEN, bearer);
    localStorage.setItem(ME, JSON.stringify(me));
  },
  async logout() {
    localStorage.removeItem(TOKEN);
    localStorage.removeItem(ME);
  },
  async checkAuth() {
    // Not signed in: straight to the login page, without an error notice (`message: false`).
    if (!getToken() || !storedMe()) throw { message: false };
  },
  async checkError(error) {
    if (isUnauthenticated(error)) {
      localStorage.removeItem(TOKEN);
      throw new Error('Session expirée : reconnectez-vous.');
    }
  },
  async getIdentity() {
    const me = storedMe();
    if (!me) throw new Error('Connexion requise.');
    return { id: me.subject, fullName: me.name ?? me.subject };
  },
  async getPermissions() {
    return storedMe();
  },
};

/** Whether the caller may change records of a GraphQL type (the API enforces it; the UI only hides what would fail). */
export const canWrite = (me: Me | null | undefined, type: string) => !!me && (me.writableTypes.includes('*') || me.writableTypes.includes(type));
