import type { EntityManager } from '@mikro-orm/postgresql';
import { Access } from './access/access';
import { PersonalReads } from './access/access-log';
import type { Principal } from './access/roles';
import { applyScope } from './access/scope';
import type { Config } from './config';
import { Loaders } from './shared/loaders';
import type { RequestInfo } from './shared/request-scope';
import type { IsoDate } from './shared/scalars';

/**
 * What every resolver receives: the request state (who, which request, what it may see) with an EntityManager fork
 * scoped to the caller and per-request batching loaders. Built once per request, never changed; each root field
 * reads through its own derived context (`rootContext`), whose scope is dated by that field's `asOf`.
 */
export interface Context extends RequestInfo {
  readonly em: EntityManager;
  readonly config: Config;
  readonly principal: Principal;
  readonly access: Access;
  readonly loaders: Loaders;
}

function scopedContext(base: Omit<Context, 'em' | 'access' | 'loaders'>, em: EntityManager, access: Access): Context {
  applyScope(em, access);
  return Object.freeze({ ...base, em, access, loaders: new Loaders(em) });
}

/**
 * The request state, from the authenticated principal: one fork of the EntityManager, one Access. `extra`: what
 * other request-wide collectors keep on the context (the request log's facts).
 */
export function createContext(em: EntityManager, config: Config, requestId: string, principal: Principal, extra: object = {}): Context {
  const fork = em.fork();
  const base = {
    ...extra,
    config,
    requestId,
    actor: principal.subject,
    principal,
    personalReads: new PersonalReads(config.accessLogCommit),
    warnings: [],
    withheld: new Map(),
    answers: [],
  };
  return scopedContext(base, fork, new Access(principal, fork));
}

const roots = new WeakMap<Context, Map<string, Context>>();

/**
 * The context of one root field and everything below it: the request's, with its scope read on that field's `asOf`
 * (a partner ministry sees what its conventions cover on that date), in its own EntityManager fork. Made on the root
 * field's first resolution, then the same value for every field below it: two root fields never share a date.
 */
export function rootContext(context: Context, rootKey: string, asOf?: IsoDate): Context {
  let byKey = roots.get(context);
  if (!byKey) roots.set(context, (byKey = new Map()));
  let root = byKey.get(rootKey);
  if (!root) {
    const access = context.access.on(asOf);
    root = access === context.access ? context : scopedContext(context, context.em.fork(), access);
    byKey.set(rootKey, root);
  }
  return root;
}
