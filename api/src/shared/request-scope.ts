import { AsyncLocalStorage } from 'node:async_hooks';
import type { Access } from '../access/access';
import type { PersonalReads } from '../access/access-log';

/** Who is acting and through which request: read by the audit subscriber inside the flush. */
export interface RequestInfo {
  requestId: string;
  actor: string;
  /** Set with the GraphQL context: what the caller may see and change. */
  access?: Access;
  personalReads: PersonalReads;
  /** Warnings of single writes (accepted, but to be shown): returned in the response's `extensions.warnings`. */
  warnings: { field: string; code: string; message: string; severity: string }[];
  /** References withheld from the caller (outside its reach), by field: returned in the response's `extensions.withheld`. */
  withheld: Map<string, WithheldReference>;
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
