import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes in the order of the child lists the compiled reads page through (`Service.agents`: last name, first name,
 * id; `Department.services`: code, id): the first rows of each parent's list are read from the index instead of
 * fetching and sorting all its children (the 101-department tree: 1,010 services × ≈ 50 agents each).
 */
export class Migration20261201153000_ChildListOrder extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "agent_service_id_last_name_first_name_id_index" on "agent" ("service_id", "last_name", "first_name", "id");`);
    this.addSql(`create index "service_department_id_code_id_index" on "service" ("department_id", "code", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "agent_service_id_last_name_first_name_id_index";`);
    this.addSql(`drop index "service_department_id_code_id_index";`);
  }
}
