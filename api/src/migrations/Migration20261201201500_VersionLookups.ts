import { Migration } from '@mikro-orm/migrations';

/**
 * The version of a record in force on a day, looked up by the record's key (issue 17 item 5: as-of reads within 1.2×
 * of current ones). A read as of a day chooses its rows on the record's table, then looks up the version of each row
 * it returns (`versionsOverSql`); the exclusion constraint's GiST index answers that lookup at about twice the cost of
 * a B-tree, and the planner prefers it to a plain B-tree on the key (which reads every version of the record to keep
 * one). A B-tree on the key carrying the period and the versioned columns answers it from the index alone. The lists
 * by a versioned reference (the services of a department, the children of a service, as of a day) find their rows'
 * keys in the versions by that reference: those indexes carry the key and the period.
 */
export class Migration20261201201500_VersionLookups extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "agent_version_lookup" on "agent_version" ("agent_id")
      include ("valid", "grade", "corps", "category", "status", "population", "employing_ministry_id");`);
    this.addSql(`create index "service_version_lookup" on "service_version" ("service_id")
      include ("valid", "name", "kind", "parent_id", "department_id", "excluded_from_network");`);
    this.addSql(`create index "social_worker_post_version_lookup" on "social_worker_post_version" ("post_id") include ("valid", "kind", "residence_id");`);
    this.addSql(`create index "convention_version_lookup" on "convention_version" ("convention_id")
      include ("valid", "function_share_guideline", "function_share_tolerance");`);
    this.addSql(`drop index if exists "service_version_parent_id_index";`);
    this.addSql(`create index "service_version_parent_id_index" on "service_version" ("parent_id") include ("service_id", "valid");`);
    this.addSql(`drop index if exists "service_version_department_id_index";`);
    this.addSql(`create index "service_version_department_id_index" on "service_version" ("department_id") include ("service_id", "valid");`);
    this.addSql(`drop index if exists "social_worker_post_version_residence_id_index";`);
    this.addSql(`create index "social_worker_post_version_residence_id_index" on "social_worker_post_version" ("residence_id") include ("post_id", "valid");`);
  }

  override async down(): Promise<void> {
    for (const name of ['agent_version_lookup', 'service_version_lookup', 'social_worker_post_version_lookup', 'convention_version_lookup'])
      this.addSql(`drop index if exists "${name}";`);
    this.addSql(`drop index if exists "service_version_parent_id_index";`);
    this.addSql(`create index "service_version_parent_id_index" on "service_version" ("parent_id");`);
    this.addSql(`drop index if exists "service_version_department_id_index";`);
    this.addSql(`create index "service_version_department_id_index" on "service_version" ("department_id");`);
    this.addSql(`drop index if exists "social_worker_post_version_residence_id_index";`);
    this.addSql(`create index "social_worker_post_version_residence_id_index" on "social_worker_post_version" ("residence_id");`);
  }
}
