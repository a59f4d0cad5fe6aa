import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { Loaders } from './shared/loaders';

/** What every resolver receives: a fresh EntityManager fork and per-request batching loaders. */
export interface Context {
  em: EntityManager;
  config: Config;
  requestId: string;
  actor: string;
  loaders: Loaders;
}

export function createContext(em: EntityManager, config: Config, requestId: string, actor: string): Context {
  const fork = em.fork();
  return { em: fork, config, requestId, actor, loaders: new Loaders(fork) };
}
