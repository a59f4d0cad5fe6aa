import { AuditEntriesDocument, type AuditEntriesQuery } from '../gql/graphql';

/** Pseudo-resource read with `useGetList(AUDIT_RESOURCE, { filter: { entityName, entityId } })`. */
export const AUDIT_RESOURCE = 'audit-entries';

/** One entry of a record's trail (audit.graphql, typed by `pnpm codegen`). */
export type AuditEntry = AuditEntriesQuery['page']['items'][number];

interface AuditListParams {
  filter?: { entityName?: string; entityId?: string };
  pagination?: { page: number; perPage: number };
}

export const auditListQuery = (params: AuditListParams) => {
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  return {
    query: AuditEntriesDocument,
    variables: {
      entityName: params.filter?.entityName,
      entityId: params.filter?.entityId,
      offset: (page - 1) * perPage,
      limit: perPage,
    },
    parseResponse: ({ data }: { data: AuditEntriesQuery }) => ({
      data: data.page.items.map(({ ...entry }) => {
        delete (entry as Partial<AuditEntry> & { __typename?: string }).__typename;
        return entry;
      }),
      total: data.page.totalCount,
    }),
  };
};
