import type { GraphiQLProps } from 'graphiql';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * GraphiQL's requests, with the session's token (never in GraphiQL's header editor, which it would persist).
 * A 401 means the session is over: `onExpired` signs in again and comes back.
 */
export function sessionFetcher(getToken: () => string | null, onExpired: () => void): Fetcher {
  return async (params, options) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { ...options?.headers, 'content-type': 'application/json', authorization: `Bearer ${getToken() ?? ''}` },
      body: JSON.stringify(params),
    });
    if (response.status === 401) onExpired();
    return response.json();
  };
}
