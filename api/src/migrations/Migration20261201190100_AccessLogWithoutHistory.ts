import { Migration } from '@mikro-orm/migrations';

/**
 * The personal-data access log keeps no history table (as Migration20261201150000_History meant: "every table but
 * the logs", the access log being a history itself, whose lines are only ever added). Its trigger copied each line
 * (thousands of ids for a tree) into `history.personal_data_access` inside the insert of every read of personal
 * data: 4–5 ms of the 8–12 ms that insert costs for 50 agents, 15–20 ms of 35 ms for 2,500 (issue 11).
 */
export class Migration20261201190100_AccessLogWithoutHistory extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger if exists history on "personal_data_access";`);
    this.addSql(`drop trigger if exists history_truncate on "personal_data_access";`);
    this.addSql(`drop function if exists history.personal_data_access_record();`);
    this.addSql(`drop function if exists history.personal_data_access_truncate();`);
    this.addSql(`drop table if exists history.personal_data_access;`);
  }

  override async down(): Promise<void> {
    this.addSql(`select history.enable('personal_data_access');`);
  }
}
