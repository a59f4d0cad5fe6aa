import type { ConnectionOptions, ConnectionType, Configuration } from '@mikro-orm/core';
import { type AbstractSqlConnection, PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { currentRequest } from '../../shared/request-scope';

/**
 * A replica's connection: a statement that fails on it (server stopped, connection refused, recovery conflict,
 * anything) is reported to the request's route and run again on the primary, so the caller sees no error of the
 * replica's. A statement the primary refuses too fails with the primary's error, as without replicas.
 */
export class ReplicaConnection extends PostgreSqlConnection {
  /** Its name in the configuration (`replica-1`…), for the logs. */
  readonly label: string;

  constructor(
    config: Configuration,
    options: ConnectionOptions,
    private readonly primary: () => PostgreSqlConnection,
  ) {
    super(config, options, 'read');
    this.label = options.name ?? 'replica';
  }

  /**
   * A replica that does not answer (a host gone without a reset) must not hold a request for the pool's 30 s creation
   * timeout: after 2 s its connection attempt fails, and the statement runs on the primary. (MikroORM builds the
   * connection from the URL's host, port, user, password and database only: a `connect_timeout` in it is ignored.)
   */
  override getConnectionOptions(): ReturnType<PostgreSqlConnection['getConnectionOptions']> {
    return { ...super.getConnectionOptions(), connectionTimeoutMillis: 2_000 } as ReturnType<PostgreSqlConnection['getConnectionOptions']>;
  }

  /** Runs `run` here; on failure, reports it and runs it on the primary. */
  async orPrimary<T>(run: (connection: AbstractSqlConnection) => Promise<T>): Promise<T> {
    try {
      return await run(this);
    } catch (error) {
      currentRequest()?.reads?.failed(this, error);
      return run(this.primary());
    }
  }

  override execute<T>(...args: Parameters<PostgreSqlConnection['execute']>): Promise<T> {
    return this.orPrimary((connection) => (connection === this ? super.execute<never>(...args) : connection.execute<never>(...args)));
  }
}

/**
 * MikroORM's read replicas (its `replicas` option), chosen per request instead of at random per statement: a read
 * (`connectionType: 'read'`, which the ORM gives every find outside a transaction) goes where the request's route
 * says — a replica for a GraphQL query whose caller's last write it has replayed, else the primary; every write,
 * every statement of a transaction, and everything outside a request (migrations, seeds, scripts) go to the primary.
 */
export class RoutingPostgreSqlDriver extends PostgreSqlDriver {
  override getConnection(type: ConnectionType = 'write'): PostgreSqlConnection {
    if (type === 'write') return this.connection;
    return currentRequest()?.reads?.connection ?? this.connection;
  }

  get primary(): PostgreSqlConnection {
    return this.connection;
  }

  get readReplicas(): readonly ReplicaConnection[] {
    return this.replicas as ReplicaConnection[];
  }

  protected override createReplicas(): PostgreSqlConnection[] {
    return super.createReplicas((options) => new ReplicaConnection(this.config, options, () => this.connection));
  }
}

/** How the ORM's log names a connection (`via read connection 'replica-1'`), for statements run outside the ORM. */
export const connectionLogContext = (connection: AbstractSqlConnection) =>
  connection instanceof ReplicaConnection ? { connection: { type: 'read', name: connection.label } } : {};

/** Runs a read on the request's read connection (a replica or the primary), falling back to the primary as above. */
export function onReadConnection<T>(connection: AbstractSqlConnection, run: (connection: AbstractSqlConnection) => Promise<T>): Promise<T> {
  return connection instanceof ReplicaConnection ? connection.orPrimary(run) : run(connection);
}
