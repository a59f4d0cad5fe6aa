import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { Loaders } from './shared/loaders';
import type { RequestInfo } from './shared/request-scope';

/** What every resolver receives: a fresh EntityManager fork and per-request batching loaders. */
export interface Context {
  em: EntityManager;
  config: Config;
  requestId: string;
  actor: string;
  loaders: Loaders;
}

/** The request's identity comes from the request scope, set once by the HTTP middleware. */
export function createContext(em: EntityManager, config: Config, { requestId, actor }: RequestInfo): Context {
  const fork = em.fork();
  return { em: fork, config, requestId, actor, loaders: new Loaders(fork) };
}
