import { Migration } from '@mikro-orm/migrations';

/**
 * A convention's zone, dated (issue 17 item 1: « a convention's zone … as of a date »): each entry of the zone (a
 * service, a department, a region) is in force from a day to a day, like the convention itself. Existing entries are in
 * force from their convention's start, with no end; their earlier recorded versions get the same start, so that a read
 * « as recorded » sees the same zone as before.
 */
export class Migration20261201210000_DatedConventionZones extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "convention_scope" add column "valid_from" date null, add column "valid_to" date null;`);
    this.addSql(`update history."convention_scope" h
      set "row" = h."row" || jsonb_build_object('valid_from', c."valid_from", 'valid_to', null)
      from "convention" c where c."id"::text = h."row"->>'convention_id';`);
    this.addSql(`update "convention_scope" cs set "valid_from" = c."valid_from" from "convention" c where c."id" = cs."convention_id";`);
    this.addSql(`alter table "convention_scope" alter column "valid_from" set not null;`);
    this.addSql(`create index "convention_scope_valid_from_index" on "convention_scope" ("valid_from");`);
    // The recorded view takes the table's new columns.
    this.addSql(`select history.enable('convention_scope');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "convention_scope" drop column "valid_from", drop column "valid_to";`);
    this.addSql(`update history."convention_scope" set "row" = "row" - 'valid_from' - 'valid_to';`);
    this.addSql(`select history.enable('convention_scope');`);
  }
}
