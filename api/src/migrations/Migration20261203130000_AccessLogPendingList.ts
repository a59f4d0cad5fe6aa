import { Migration } from '@mikro-orm/migrations';

/**
 * The access log's GIN index keeps up to 64 MB of pending lines (PostgreSQL's default: 4 MB) before an insert merges
 * them itself: the API's upkeep merges them every 2 seconds off the readers' path (`access/access-log-upkeep.ts`), and
 * under read b's load (2,500 ids a line, 35–55 lines a second) 4 MB filled in about a second, so a reader still
 * crossed the limit between two merges. The larger limit is the margin for the upkeep, not a larger batch.
 */
export class Migration20261203130000_AccessLogPendingList extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter index "personal_data_access_entity_ids_index" set (gin_pending_list_limit = 65536);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter index "personal_data_access_entity_ids_index" reset (gin_pending_list_limit);`);
  }
}
