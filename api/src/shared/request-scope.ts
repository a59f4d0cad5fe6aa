import { AsyncLocalStorage } from 'node:async_hooks';
import type { Access } from '../access/access';
import type { PersonalReads } from '../access/access-log';
import type { ReadRoute } from '../db/replicas/read-route';
import type { Answer } from './read/answer';

/**
 * Who is acting and through which request: the one request state, set once when the request is authenticated and
 * never changed (the GraphQL context is the same object). Its collectors only gather what the request produces.
 * Read by the audit and access subscribers inside the flush, by the field guard and the list checks.
 */
export interface RequestInfo {
  readonly requestId: string;
  readonly actor: string;
  /** What the caller may see and change; absent for the system itself (seeds, command-line tools). */
  readonly access?: Access;
  /** The personal fields this request read, for the access log. */
  readonly personalReads: PersonalReads;
  /** Warnings of single writes (accepted, but to be shown): returned in the response's `extensions.warnings`. */
  readonly warnings: { field: string; code: string; message: string; severity: string }[];
  /** References withheld from the caller (outside its reach), by field: returned in the response's `extensions.withheld`. */
  readonly withheld: Map<string, WithheldReference>;
  /** Lists of compiled pages shaped without graphql-js, put into the result before it is sent (`read/answer.ts`). */
  readonly answers?: Answer[];
  /** With read replicas: where this request reads (a replica for a query, the primary otherwise). */
  readonly reads?: ReadRoute;
}

export interface WithheldReference {
  /** `Type.field`, e.g. `TimeAllocation.assignment`. */
  field: string;
  message: string;
  /** How many values of that field read null for this reason in the response. */
  count: number;
}

const storage = new AsyncLocalStorage<RequestInfo>();

export const runInRequest = <T>(info: RequestInfo, fn: () => T): T => storage.run(info, fn);
export const currentRequest = (): RequestInfo | undefined => storage.getStore();
