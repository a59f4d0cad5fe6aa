import type { ApolloClient } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { gridApi } from './api';
import { gridMessages } from './messages';
import { agentColumns } from './testing';

/** An Apollo client whose calls fail as the API's body limit (2 MB) answers: HTTP 413, before GraphQL. */
const refusing = (statusCode: number) => {
  const fail = () =>
    Promise.reject(
      Object.assign(new Error(`Response not successful: Received status code ${statusCode}`), { networkError: { statusCode } }),
    );
  return { query: fail, mutate: fail } as unknown as ApolloClient<unknown>;
};

describe('grid API calls', () => {
  it('turns an import too large for the API into a French message telling to split the file', async () => {
    const api = gridApi(refusing(413), 'agents', agentColumns());
    await expect(api.save([{ key: 'row-0', values: { lastName: 'x' }, invalid: [] }], true)).rejects.toThrow(gridMessages.tooLarge);
  });
});
