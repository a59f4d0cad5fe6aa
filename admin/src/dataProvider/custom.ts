import { type ApolloClient, gql } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { BULK_SAVE_FRAGMENTS, type SaveRowsResult } from './save';
import { shapeOf } from './schema';

/** A row of a bulk save, as the API takes it: with an id (and the version read) it updates, without one it creates. */
export interface SaveRow {
  id?: string;
  version?: number;
  values: Record<string, unknown>;
}

export type { SaveRowsResult } from './save';

/**
 * Data provider methods beyond react-admin's: one `saveTs` call for rows of mixed creates and updates (validated
 * with `dryRun` first by the screens that edit many rows at once), and read-only queries of indicators.
 */
export const customMethods = (client: ApolloClient<unknown>) => ({
  async saveRows(resource: string, { rows, dryRun }: { rows: SaveRow[]; dryRun: boolean }): Promise<SaveRowsResult> {
    const n = shapeOf(resource);
    const { data } = await client.mutate({
      mutation: gql`
        mutation ${n.save}($rows: [${n.rowType}!]!, $dryRun: Boolean!) {
          result: ${n.save}(rows: $rows, dryRun: $dryRun) { ...BulkSave }
        }
        ${BULK_SAVE_FRAGMENTS}
      `,
      variables: { rows, dryRun },
    });
    return data.result as SaveRowsResult;
  },

  /**
   * A read-only query (indicators, aggregates), always from the network: a document of `src/**\/*.graphql`, typed by
   * `pnpm codegen` (its variables and result), or a document built at run time from the schema (untyped).
   */
  async query<T, V extends Record<string, unknown> = Record<string, unknown>>(
    document: TypedDocumentNode<T, V> | string,
    variables: V = {} as V,
  ): Promise<T> {
    const query = typeof document === 'string' ? gql(document) : document;
    const { data } = await client.query<T, V>({ query, variables, fetchPolicy: 'network-only' });
    return data;
  },
});

export type CustomMethods = ReturnType<typeof customMethods>;
