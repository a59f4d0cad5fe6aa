import { Migration } from '@mikro-orm/migrations';

/**
 * A service's first agents by name as of a day read from one index of the agents' versions (issue 17 item 5, after
 * `…_VersionWalks` for the services). Today's read walks the `(service_id, last_name, first_name, id)` index of
 * `agent`; as of a day it did the same, then looked up each agent's version in force that day, one probe per agent
 * (10,100 in the bench's tree: most of its cost). The agent's service and names are now carried into every version
 * of the agent (`versions.carry`: copies the database keeps, never versioned), and the versions indexed by them,
 * covering what a list reads of a version: the read as of a day walks that index alone (`walksVersions`) and stops
 * at the page's limit.
 *
 * The versions' no-gap check (`versions.enable`) ran at commit for every updated version; only a change of its
 * record or of its period can open a gap, so it now runs for those (the carried columns' updates, this migration's
 * among them, do not need it).
 */
export class Migration20261203110000_AgentVersionWalks extends Migration {
  override async up(): Promise<void> {
    for (const [table, key] of [
      ['service_version', 'service_id'],
      ['agent_version', 'agent_id'],
      ['social_worker_post_version', 'post_id'],
      ['convention_version', 'convention_id'],
    ]) {
      this.addSql(`drop trigger if exists versions_no_gap on "${table}";`);
      this.addSql(`create constraint trigger versions_no_gap after insert or update of "${key}", "valid" or delete on "${table}"
        deferrable initially deferred for each row execute function versions."${table}_no_gap"();`);
    }
    this.addSql(`alter table "agent_version" add column "service_id" uuid null, add column "last_name" varchar(255) null,
      add column "first_name" varchar(255) null;`);
    this.addSql(`select history.enable('agent_version');`);
    this.addSql(`select versions.carry('agent', 'agent_version', 'agent_id', array['service_id', 'last_name', 'first_name']);`);
    // As in `…_VersionWalks`: the deferred checks of the update above now, for ALTER TABLE and CREATE INDEX.
    this.addSql(`set constraints all immediate;`);
    this.addSql(`alter table "agent_version" alter column "service_id" set not null, alter column "last_name" set not null,
      alter column "first_name" set not null;`);
    this.addSql(`create index "agent_version_service_id_index" on "agent_version" ("service_id", "last_name", "first_name", "agent_id")
      include ("valid", "grade", "corps", "category", "status", "population", "employing_ministry_id");`);
    this.addSql(`set constraints all deferred;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists versions_carry on "agent";`);
    this.addSql(`drop trigger if exists versions_carried on "agent_version";`);
    this.addSql(`drop function if exists versions.agent_carry(); drop function if exists versions.agent_version_carried();`);
    this.addSql(`drop index if exists "agent_version_service_id_index";`);
    this.addSql(`alter table "agent_version" drop column if exists "service_id", drop column if exists "last_name", drop column if exists "first_name";`);
    this.addSql(`select history.enable('agent_version');`);
    for (const table of ['service_version', 'agent_version', 'social_worker_post_version', 'convention_version']) {
      this.addSql(`drop trigger if exists versions_no_gap on "${table}";`);
      this.addSql(`create constraint trigger versions_no_gap after insert or update or delete on "${table}"
        deferrable initially deferred for each row execute function versions."${table}_no_gap"();`);
    }
  }
}
