import type { MikroORM, PostgreSqlConnection } from '@mikro-orm/postgresql';
import type { OperationTypeNode } from 'graphql';
import type { Logger } from '../../ops/logger';
import { serializeError } from '../../shared/log';
import { type ReplicaConnection, RoutingPostgreSqlDriver } from './routing-driver';
import { hasReplayed, lastWrite, recordWrite } from './write-position';

/**
 * How long a replica that failed is left aside before requests try it again. Only the speed of a fallback depends on
 * it (each process learns on its own, nothing else is kept): results never do.
 */
const RETRY_AFTER_MS = 5_000;

/** The read replicas of the process and where each request reads (one per process; absent without replicas). */
export class ReadRouting {
  private readonly downUntil = new Map<ReplicaConnection, number>();

  private constructor(
    private readonly driver: RoutingPostgreSqlDriver,
    readonly log: Logger,
  ) {}

  /** The routing of an ORM configured with replicas (`DATABASE_REPLICA_URLS`), else undefined: everything on the primary. */
  static of(orm: MikroORM, log: Logger): ReadRouting | undefined {
    const driver = orm.em.getDriver();
    return driver instanceof RoutingPostgreSqlDriver && driver.readReplicas.length ? new ReadRouting(driver, log) : undefined;
  }

  get primary(): PostgreSqlConnection {
    return this.driver.primary;
  }

  /** A replica not set aside, chosen at random (each request spreads the load). */
  pick(): ReplicaConnection | undefined {
    const now = Date.now();
    const up = this.driver.readReplicas.filter((replica) => (this.downUntil.get(replica) ?? 0) <= now);
    return up[Math.floor(Math.random() * up.length)];
  }

  setAside(replica: ReplicaConnection): void {
    this.downUntil.set(replica, Date.now() + RETRY_AFTER_MS);
  }

  /** After a mutation: the caller's writes are on the primary up to its current WAL position (see write-position.ts). */
  recordWrite(actor: string): Promise<void> {
    return recordWrite(this.primary, actor);
  }

  route(actor: string, requestId: string): ReadRoute {
    return new ReadRoute(this, actor, requestId);
  }
}

/**
 * Where one request reads: the primary until its operation is known, then — once — a replica for a query (when the
 * replica has replayed the caller's last write), the primary for a mutation. A replica that fails sends the rest of
 * the request to the primary. It only ever moves away from a replica, never towards one, after being settled.
 */
export class ReadRoute {
  private replica?: ReplicaConnection;
  private settled = false;

  constructor(
    private readonly routing: ReadRouting,
    private readonly actor: string,
    private readonly requestId: string,
  ) {}

  /** The connection of this request's reads; undefined: the primary's. */
  get connection(): ReplicaConnection | undefined {
    return this.replica;
  }

  /** Where the reads went, for the request's log line: the replica's name (`replica-1`…) or `primary`. */
  get target(): string {
    return this.replica?.label ?? 'primary';
  }

  async settle(operation: `${OperationTypeNode}` | undefined): Promise<void> {
    if (this.settled) return;
    this.settled = true;
    if (operation !== 'query') return;
    const replica = this.routing.pick();
    if (!replica) return;
    try {
      // Read-your-writes: the caller's last write, if any, must be replayed there, or this request reads the primary.
      const lsn = await lastWrite(this.routing.primary, this.actor);
      if (lsn && !(await hasReplayed(replica, lsn))) return;
      this.replica = replica;
    } catch (error) {
      this.failed(replica, error);
    }
  }

  /** A statement failed on `replica`: logged, the replica set aside for a while, this request on the primary. */
  failed(replica: ReplicaConnection, error: unknown): void {
    this.routing.setAside(replica);
    if (this.replica === replica) this.replica = undefined;
    this.routing.log.warn(
      { requestId: this.requestId, replica: replica.label, err: serializeError(error) },
      'réplica indisponible : lecture sur le primaire',
    );
  }
}
