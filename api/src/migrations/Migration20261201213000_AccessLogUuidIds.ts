import { Migration } from '@mikro-orm/migrations';

/**
 * The access log's `entity_ids` as `uuid[]` rather than `text[]` (every record read is named by its uuid): a line
 * of a 10,100-agent tree was 400 kB of text whose 10,100 GIN entries are compared with the collation (strcoll);
 * as uuids it is 160 kB compared byte-wise, and the insert, awaited before such an answer leaves, takes half the
 * time (issue 11: it was most of the difference between the tree read with and without a personal field).
 * The GIN index is rebuilt by the type change.
 */
export class Migration20261201213000_AccessLogUuidIds extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "personal_data_access" alter column "entity_ids" type uuid[] using "entity_ids"::uuid[];`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "personal_data_access" alter column "entity_ids" type text[] using "entity_ids"::text[];`);
  }
}
