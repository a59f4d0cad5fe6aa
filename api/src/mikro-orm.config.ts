import { defineConfig, type LoggerNamespace } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { AuditEntry } from './shared/audit/audit-entry.entity';
import { AuditSubscriber } from './shared/audit/audit.subscriber';
import { BaseEntity, DatedEntity, TrackedEntity } from './shared/base.entity';
import { Affectation } from './referential/affectation.entity';
import { Agent } from './referential/agent.entity';
import { Department } from './referential/department.entity';
import { Ministry } from './referential/ministry.entity';
import { OverseasCollectivity } from './referential/overseas-collectivity.entity';
import { Region } from './referential/region.entity';
import { ServiceHeadcount } from './referential/service-headcount.entity';
import { ServiceSite } from './referential/service-site.entity';
import { Service } from './referential/service.entity';
import { migrationsList } from './migrations';

export const entities = [
  TrackedEntity, BaseEntity, DatedEntity, AuditEntry,
  Region, Department, OverseasCollectivity, Ministry, Service, ServiceSite, ServiceHeadcount, Agent, Affectation,
];

/** The ORM configuration for a database URL; migrations are listed in code, so they run the same from sources and from dist. */
export function ormConfig(clientUrl: string, options: { debug?: boolean | LoggerNamespace[]; logger?: (message: string) => void } = {}) {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    subscribers: [new AuditSubscriber()],
    migrations: { migrationsList, path: 'src/migrations', transactional: true, snapshot: false },
    debug: options.debug ?? false,
    logger: options.logger,
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
  });
}
