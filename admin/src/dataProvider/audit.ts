import { gql } from '@apollo/client';

/** Pseudo-resource read with `useGetList(AUDIT_RESOURCE, { filter: { entityName, entityId } })`. */
export const AUDIT_RESOURCE = 'audit-entries';

export interface AuditEntry {
  id: string;
  at: string;
  actor: string | null;
  requestId: string | null;
  entityName: string;
  entityId: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

interface AuditListParams {
  filter?: { entityName?: string; entityId?: string };
  pagination?: { page: number; perPage: number };
}

export const auditListQuery = (params: AuditListParams) => {
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  return {
    query: gql`
      query auditEntries($entityName: String!, $entityId: ID!, $offset: Int!, $limit: Int!) {
        page: auditEntries(entityName: $entityName, entityId: $entityId, offset: $offset, limit: $limit) {
          items {
            id
            at
            actor
            requestId
            entityName
            entityId
            action
            before
            after
          }
          totalCount
        }
      }
    `,
    variables: {
      entityName: params.filter?.entityName,
      entityId: params.filter?.entityId,
      offset: (page - 1) * perPage,
      limit: perPage,
    },
    parseResponse: ({ data }: { data: { page: { items: AuditEntry[]; totalCount: number } } }) => ({
      data: data.page.items.map(({ ...entry }) => {
        delete (entry as Partial<AuditEntry> & { __typename?: string }).__typename;
        return entry;
      }),
      total: data.page.totalCount,
    }),
  };
};
