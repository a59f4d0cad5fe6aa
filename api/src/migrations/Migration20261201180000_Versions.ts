import { Migration } from '@mikro-orm/migrations';

/**
 * Valid time for what changes in a record's life (issue 17 item 1): the attributes users ask about as of a date are
 * kept as dated versions in `<table>_version` (`valid`, a `daterange`), the main table keeping the version in force
 * today so that current reads and writes cost what they did. See `api/src/shared/versions/`.
 *
 * A record's versions partition the whole time line, from the origin to the open end (the record's own validity,
 * `valid_from`/`valid_to`, stays on the main table): an `asOf` read joins exactly one version for any date, a
 * reference read outside its target's validity included, and a change of `valid_from` never has to re-cut them.
 * PostgreSQL keeps that invariant whatever writes: an exclusion constraint (btree_gist) refuses two versions of one
 * record on one day, and a deferred constraint trigger refuses a gap at commit. `versions.enable` also adds:
 * - after an insert into the main table, its first version (every date) from the row;
 * - at commit of an update of a versioned column that did not go through the versions mechanism (a seed, a fixture, a
 *   hand-written statement), which says no effective date: the value in force today is corrected, over the run of
 *   versions around today that hold it (a record with one version: every date, as before versions existed). The
 *   API's edits say their date (`effectiveDate`, today by default) and keep the main table and the versions in step.
 * Existing rows get their first version here. "Today" is `versions.today()`, the day in Paris, as `today()` in scalars.ts.
 */
export class Migration20261201180000_Versions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists versions;`);
    this.addSql(`create or replace function versions.today() returns date language sql stable as $$ select (now() at time zone 'Europe/Paris')::date $$;`);
    this.addSql(`create or replace function versions.enable(record regclass, versioned regclass, fk text, cols text[]) returns void language plpgsql as $enable$
      declare
        tbl text := (select relname from pg_class where oid = record);
        vt text := (select relname from pg_class where oid = versioned);
        list text := (select string_agg(format('%I', c), ', ') from unnest(cols) c);
        of_new text := (select string_agg(format('NEW.%I', c), ', ') from unnest(cols) c);
      begin
        -- The first version of a new record, for every date.
        execute format($fn$create or replace function versions.%I() returns trigger language plpgsql as $body$
          begin
            if not exists (select 1 from %I where %I = NEW.id) then
              insert into %I (id, %I, valid, %s) values (gen_random_uuid(), NEW.id, '(,)'::daterange, %s);
            end if;
            return null;
          end $body$$fn$, tbl || '_first_version', vt, fk, vt, fk, list, of_new);
        execute format('drop trigger if exists versions_first on %s', record);
        execute format('create trigger versions_first after insert on %s for each row execute function versions.%I()', record, tbl || '_first_version');

        -- A versioned column written past the mechanism (a seed, a fixture, a hand-written statement) says no date:
        -- it corrects the value in force today, over the run of versions that hold that value around today.
        execute format($fn$create or replace function versions.%I() returns trigger language plpgsql as $body$
          declare
            cur %I;
            v %I;
            c text;
            day date := versions.today();
          begin
            select * into cur from %I where id = NEW.id;
            if not found then return null; end if;
            select * into v from %I where %I = NEW.id and valid @> day;
            if not found then return null; end if;
            foreach c in array %L::text[] loop
              execute format('update %I x set %%1$I = ($1).%%1$I, version = x.version + 1, updated_at = now()
                 where x.%I = ($1).id and x.%%1$I is not distinct from ($2).%%1$I and ($1).%%1$I is distinct from ($2).%%1$I
                   and not exists (select 1 from %I y where y.%I = ($1).id and y.%%1$I is distinct from ($2).%%1$I
                     and ((y.valid << ($2).valid and y.valid >> x.valid) or (y.valid >> ($2).valid and y.valid << x.valid)))', c)
                using cur, v;
            end loop;
            return null;
          end $body$$fn$, tbl || '_sync_today', tbl, vt, tbl, vt, fk, cols, vt, fk, vt, fk);
        execute format('drop trigger if exists versions_sync on %s', record);
        execute format('create constraint trigger versions_sync after update of %s on %s deferrable initially deferred for each row execute function versions.%I()',
          list, record, tbl || '_sync_today');

        -- No gap: the versions of a record cover every date, each starting where the previous one ends.
        execute format($fn$create or replace function versions.%I() returns trigger language plpgsql as $body$
          declare
            k uuid := case when TG_OP = 'DELETE' then OLD.%I else NEW.%I end;
            bad int;
          begin
            if not exists (select 1 from %I where id = k) then return null; end if;
            select count(*) into bad from (
              select lower(valid) as low, upper(valid) as high,
                     lag(upper(valid)) over (order by lower(valid) nulls first) as previous_high,
                     row_number() over (order by lower(valid) nulls first) as n,
                     count(*) over () as total
                from %I where %I = k) o
             where (n = 1 and low is not null) or (n > 1 and low is distinct from previous_high) or (n = total and high is not null);
            if bad > 0 or not exists (select 1 from %I where %I = k) then
              raise exception 'versions of %% %% leave a gap', %L, k using errcode = 'check_violation', constraint = %L;
            end if;
            return null;
          end $body$$fn$, vt || '_no_gap', fk, fk, tbl, vt, fk, vt, fk, tbl, vt || '_no_gap');
        execute format('drop trigger if exists versions_no_gap on %s', versioned);
        execute format('create constraint trigger versions_no_gap after insert or update or delete on %s deferrable initially deferred for each row execute function versions.%I()',
          versioned, vt || '_no_gap');

        -- Today's values are the first version of every existing record.
        execute format('insert into %I (id, %I, valid, %s) select gen_random_uuid(), r.id, ''(,)''::daterange, %s from %s r
            where not exists (select 1 from %I v where v.%I = r.id)',
          vt, fk, list, (select string_agg(format('r.%I', c), ', ') from unnest(cols) c), record, vt, fk);
      end $enable$;`);

    this.addSql(`create table "service_version" (
      "id" uuid not null, "version" int not null default 1,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "service_id" uuid not null references "service" ("id") on update cascade on delete cascade,
      "valid" daterange not null,
      "name" varchar(255) not null,
      "kind" text not null,
      "parent_id" uuid null references "service" ("id") on update cascade on delete set null,
      "department_id" uuid null references "department" ("id") on update cascade on delete set null,
      "excluded_from_network" boolean not null default false,
      constraint "service_version_pkey" primary key ("id"),
      constraint "service_version_no_overlap" exclude using gist ("service_id" with =, "valid" with &&) deferrable initially deferred);`);
    // The tree as of a date is read by parent; the foreign keys' deletes look the versions up by them.
    this.addSql(`create index "service_version_parent_id_index" on "service_version" ("parent_id");`);
    this.addSql(`create index "service_version_department_id_index" on "service_version" ("department_id");`);
    this.addSql(`select versions.enable('service', 'service_version', 'service_id', array['name', 'kind', 'parent_id', 'department_id', 'excluded_from_network']);`);

    this.addSql(`create table "agent_version" (
      "id" uuid not null, "version" int not null default 1,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "agent_id" uuid not null references "agent" ("id") on update cascade on delete cascade,
      "valid" daterange not null,
      "grade" varchar(255) not null,
      "corps" varchar(255) not null,
      "category" text not null,
      "status" text not null,
      "population" text not null,
      "employing_ministry_id" uuid not null references "ministry" ("id") on update cascade,
      constraint "agent_version_pkey" primary key ("id"),
      constraint "agent_version_no_overlap" exclude using gist ("agent_id" with =, "valid" with &&) deferrable initially deferred);`);
    this.addSql(`create index "agent_version_employing_ministry_id_index" on "agent_version" ("employing_ministry_id");`);
    this.addSql(`select versions.enable('agent', 'agent_version', 'agent_id', array['grade', 'corps', 'category', 'status', 'population', 'employing_ministry_id']);`);

    // The tree as of a date: the exclusion from the network [004 §I] down the services' versions in force that day.
    this.addSql(`create or replace function network_excluded_service_on(day date) returns table (service_id uuid, excluded_by_id uuid)
      language sql stable as $$
        with recursive tree(service_id, excluded_by_id, depth) as (
          select v.service_id, v.service_id, 0 from service_version v where v.excluded_from_network and v.valid @> day
          union all
          select v.service_id, tree.excluded_by_id, tree.depth + 1 from service_version v join tree on v.parent_id = tree.service_id
           where v.valid @> day and not v.excluded_from_network and tree.depth < 50)
        select distinct on (service_id) service_id, excluded_by_id from tree order by service_id, depth $$;`);

    this.addSql(`select history.enable('service_version');`);
    this.addSql(`select history.enable('agent_version');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists network_excluded_service_on(date);`);
    this.addSql(`drop trigger if exists versions_first on "service"; drop trigger if exists versions_sync on "service";`);
    this.addSql(`drop trigger if exists versions_first on "agent"; drop trigger if exists versions_sync on "agent";`);
    this.addSql(`drop table if exists history."agent_version"; drop table if exists history."service_version";`);
    this.addSql(`drop table if exists "agent_version" cascade;`);
    this.addSql(`drop table if exists "service_version" cascade;`);
    this.addSql(`drop schema if exists versions cascade;`);
  }
}
