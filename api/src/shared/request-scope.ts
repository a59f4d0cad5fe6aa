import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting and through which request: read by the audit subscriber inside the flush. */
export interface RequestInfo {
  requestId: string;
  actor: string;
}

const storage = new AsyncLocalStorage<RequestInfo>();

export const runInRequest = <T>(info: RequestInfo, fn: () => T): T => storage.run(info, fn);
export const currentRequest = (): RequestInfo | undefined => storage.getStore();
