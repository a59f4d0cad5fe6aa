import { defineConfig, type LoggerNamespace } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { AccessGrant } from './access/grants/access-grant.entity';
import { AccessSubscriber } from './access/access.subscriber';
import { PersonalDataAccess } from './access/personal-data-access.entity';
import { AuditEntry } from './shared/audit/audit-entry.entity';
import { RequestLogEntry } from './shared/audit/request-log.entity';
import { AuditSubscriber } from './shared/audit/audit.subscriber';
import { BaseEntity, DatedEntity, TrackedEntity } from './shared/base.entity';
import { TextSubscriber } from './shared/text/text.subscriber';
import { Affectation } from './referential/affectation.entity';
import { Agent } from './referential/agent.entity';
import { Department } from './referential/department.entity';
import { Ministry } from './referential/ministry.entity';
import { OverseasCollectivity } from './referential/overseas-collectivity.entity';
import { Region } from './referential/region.entity';
import { ServiceHeadcount } from './referential/service-headcount.entity';
import { ServiceSite } from './referential/service-site.entity';
import { Service } from './referential/service.entity';
import { ServiceVersion } from './referential/service-version.entity';
import { AgentVersion } from './referential/agent-version.entity';
import { migrationsList } from './migrations';
import { SupportProfessional } from './directory/support-professional.entity';
import { networkEntities } from './network/entities';
import { conventionEntities } from './conventions/entities';
import { commissionEntities } from './commissions/entities';
import { correspondentEntities } from './correspondents/entities';
import { Consultation } from './consultations/consultation.entity';
import { NationalSynthesisReport } from './national-synthesis/national-synthesis-report.entity';
import { NetworkReport } from './network-reports/network-report.entity';
import { RoutingPostgreSqlDriver } from './db/replicas/routing-driver';
import { WritePosition } from './db/replicas/write-position.entity';

export const entities = [
  TrackedEntity,
  BaseEntity,
  DatedEntity,
  RequestLogEntry,
  AuditEntry,
  PersonalDataAccess,
  AccessGrant,
  Region,
  Department,
  OverseasCollectivity,
  Ministry,
  Service,
  ServiceVersion,
  ServiceSite,
  ServiceHeadcount,
  Agent,
  Affectation,
  AgentVersion,
  ...networkEntities,
  ...conventionEntities,
  ...commissionEntities,
  ...correspondentEntities,
  Consultation,
  NationalSynthesisReport,
  NetworkReport,
  SupportProfessional,
  WritePosition,
];

export interface OrmOptions {
  debug?: boolean | LoggerNamespace[];
  logger?: (message: string) => void;
  /** Read replicas of the database (`DATABASE_REPLICA_URLS`): GraphQL queries read there (db/replicas/). */
  replicaUrls?: string[];
  /** Largest pool to the primary, and to each replica (MikroORM copies the primary's pool settings to its replicas). */
  poolMax?: number;
}

/**
 * Each pooled connection plans for a working set held in memory (`random_page_cost` 1.1, PostgreSQL's advice for
 * storage without seek cost, instead of its default 4, made for spinning disks). With 4, a reference to a small table
 * (the 101 departments of a page of services or agents) is read by scanning that table once per row rather than by
 * its primary key, and a page's references cost 3× what they do by key (peer bench read a: 0.77 → 0.46 ms; issue 11).
 * A session setting of our connections only: another client of the database keeps the server's.
 */
function plannedForMemory(
  connection: { query(sql: string, done: (error?: Error) => void): void },
  done: (error: Error | undefined, c: unknown) => void,
) {
  connection.query('set random_page_cost = 1.1', (error) => done(error, connection));
}

const POOL_IDLE_MS = 10 * 60_000;

/**
 * The ORM configuration for a database URL; migrations are listed in code, so they run the same from sources and from
 * dist. With replicas, MikroORM's own `replicas` under a driver that chooses them per request; without, its defaults.
 */
export function ormConfig(clientUrl: string, options: OrmOptions = {}) {
  const replicas = options.replicaUrls?.length
    ? { driver: RoutingPostgreSqlDriver, replicas: options.replicaUrls.map((url, i) => ({ name: `replica-${i + 1}`, clientUrl: url })) }
    : {};
  return defineConfig({
    clientUrl,
    ...replicas,
    entities,
    extensions: [Migrator],
    // Access first, then texts: a refused write must not get as far as its audit entry.
    subscribers: [new AccessSubscriber(), new TextSubscriber(), new AuditSubscriber()],
    // Scope filters hide rows; they must not silently null the references of visible ones.
    autoJoinRefsForFilters: false,
    migrations: { migrationsList, path: 'src/migrations', transactional: true, snapshot: false },
    debug: options.debug ?? false,
    logger: options.logger,
    forceUtcTimezone: true,
    // An idle connection is closed after 10 minutes rather than tarn's 30 s: a new one pays its first statement's
    // planning on cold catalog caches (the national text search: 300–340 ms after 40 s idle with 30 s, against
    // 130–140 ms with 10 minutes; 100–110 ms warm). `min: 0` still lets every idle connection go in the end (knex's
    // advice: a kept minimum can hold stale connections).
    pool: { min: 0, max: options.poolMax ?? 10, idleTimeoutMillis: POOL_IDLE_MS, afterCreate: plannedForMemory },
  });
}
