import type { EntityManager } from '@mikro-orm/postgresql';
import { Access } from './access/access';
import type { Principal } from './access/roles';
import { applyScope } from './access/scope';
import type { Config } from './config';
import { Loaders } from './shared/loaders';
import type { RequestInfo } from './shared/request-scope';

/** What every resolver receives: a fresh EntityManager fork scoped to the caller, and per-request batching loaders. */
export interface Context {
  em: EntityManager;
  config: Config;
  requestId: string;
  actor: string;
  principal: Principal;
  access: Access;
  loaders: Loaders;
}

/** The request's identity comes from the request scope, set once by the HTTP middleware after authentication. */
export function createContext(em: EntityManager, config: Config, request: RequestInfo, principal: Principal): Context {
  const fork = em.fork();
  const access = new Access(principal, fork);
  applyScope(fork, access);
  request.access = access;
  return { em: fork, config, requestId: request.requestId, actor: request.actor, principal, access, loaders: new Loaders(fork) };
}
