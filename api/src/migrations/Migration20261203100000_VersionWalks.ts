import { Migration } from '@mikro-orm/migrations';

/**
 * The first rows of a list by a versioned reference as of a day read from an index of the versions (issue 17 item 5:
 * as-of reads within 1.2× of current ones). Today's first ten services of a department by code walk the
 * `(department_id, code, id)` index of `service`; as of a day, the department is a version's (`service_version`) and
 * the code the record's, so every service of the department that day was read and sorted. The code is now carried
 * into every version of its service (`versions.carry`: a copy the database keeps, never versioned, the same in every
 * version, whoever writes the service or its versions), and the versions are indexed by reference then list order:
 * `(department_id, code, service_id)` for a department's services, `(parent_id, name, service_id)` for a service's
 * children (by name, itself versioned), covering what a list reads of a version. The read as of a day then walks
 * one of them and stops at the page's limit (`walksVersions` in shared/versions/versioned.ts). These replace the
 * indexes by reference alone (`…_VersionLookups`), which they serve as well (a list by key, a foreign key's delete).
 */
export class Migration20261203100000_VersionWalks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function versions.carry(record regclass, versioned regclass, fk text, cols text[]) returns void language plpgsql as $carry$
      declare
        tbl text := (select relname from pg_class where oid = record);
        vt text := (select relname from pg_class where oid = versioned);
        list text := (select string_agg(format('%I', c), ', ') from unnest(cols) c);
        of_new text := (select string_agg(format('NEW.%I', c), ', ') from unnest(cols) c);
        of_r text := (select string_agg(format('r.%I', c), ', ') from unnest(cols) c);
        of_v text := (select string_agg(format('v.%I', c), ', ') from unnest(cols) c);
      begin
        -- A version takes the carried columns from its record, whatever writes it (a value written there is replaced).
        execute format($fn$create or replace function versions.%I() returns trigger language plpgsql as $body$
          begin
            select %s into %s from %I r where r.id = NEW.%I;
            return NEW;
          end $body$$fn$, vt || '_carried', of_r, of_new, tbl, fk);
        execute format('drop trigger if exists versions_carried on %s', versioned);
        execute format('create trigger versions_carried before insert or update of %I, %s on %s for each row execute function versions.%I()',
          fk, list, versioned, vt || '_carried');

        -- A carried column changed on the record: in every one of its versions, in the same transaction.
        execute format($fn$create or replace function versions.%I() returns trigger language plpgsql as $body$
          begin
            update %I v set (%s) = row(%s) where v.%I = NEW.id and (%s) is distinct from (%s);
            return null;
          end $body$$fn$, tbl || '_carry', vt, list, of_new, fk, of_v, of_new);
        execute format('drop trigger if exists versions_carry on %s', record);
        execute format('create trigger versions_carry after update of %s on %s for each row execute function versions.%I()',
          list, record, tbl || '_carry');

        -- Existing versions.
        execute format('update %I v set (%s) = row(%s) from %s r where r.id = v.%I', vt, list, of_r, record, fk);
      end $carry$;`);

    this.addSql(`alter table "service_version" add column "code" varchar(255) null;`);
    // Its view as recorded gets the column (its history's older rows read it as null: a read as recorded never walks).
    this.addSql(`select history.enable('service_version');`);
    this.addSql(`drop index if exists "service_version_department_id_index";`);
    this.addSql(`create index "service_version_department_id_index" on "service_version" ("department_id", "code", "service_id")
      include ("valid", "name", "kind", "parent_id", "excluded_from_network");`);
    this.addSql(`drop index if exists "service_version_parent_id_index";`);
    this.addSql(`create index "service_version_parent_id_index" on "service_version" ("parent_id", "name", "service_id")
      include ("valid", "code", "kind", "department_id", "excluded_from_network");`);
    this.addSql(`select versions.carry('service', 'service_version', 'service_id', array['code']);`);
    // The versions' deferred checks of the update above run now (ALTER TABLE refuses a table with pending ones), and
    // are deferred again (every deferrable constraint of the schema is initially deferred).
    this.addSql(`set constraints all immediate;`);
    this.addSql(`alter table "service_version" alter column "code" set not null;`);
    this.addSql(`set constraints all deferred;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists versions_carry on "service";`);
    this.addSql(`drop trigger if exists versions_carried on "service_version";`);
    this.addSql(`drop function if exists versions.service_carry(); drop function if exists versions.service_version_carried();`);
    this.addSql(`drop function if exists versions.carry(regclass, regclass, text, text[]);`);
    this.addSql(`drop index if exists "service_version_department_id_index";`);
    this.addSql(`create index "service_version_department_id_index" on "service_version" ("department_id") include ("service_id", "valid");`);
    this.addSql(`drop index if exists "service_version_parent_id_index";`);
    this.addSql(`create index "service_version_parent_id_index" on "service_version" ("parent_id") include ("service_id", "valid");`);
    this.addSql(`alter table "service_version" drop column if exists "code";`);
    this.addSql(`select history.enable('service_version');`);
  }
}
