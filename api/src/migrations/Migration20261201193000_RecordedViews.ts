import { Migration } from '@mikro-orm/migrations';

/**
 * The registry as recorded at an instant, table by table, for the reads that are not compiled (the indicators and
 * their aggregates: issue 17 item 2). Each table with a history gets a view of the same name in schema `recorded`:
 * its versions whose `recorded` period holds the instant of the setting `registry.recorded_at`. A read run with
 * `search_path = recorded, public` and that setting (`asRecorded`, api/src/shared/history/recorded.ts, in one
 * read-only transaction) therefore reads every unqualified table as the registry recorded it, with the same SQL as
 * today's read. Without the setting the views refuse to answer rather than return nothing.
 *
 * `history.enable(t)` now also (re)creates the view, so the tables of later migrations get theirs; a migration that
 * adds or drops a column of a table calls `history.enable('<table>')` again (idempotent) to bring its view along,
 * and `test/api/history-storage.e2e.test.ts` fails on a view whose columns differ from its table's.
 */
export class Migration20261201193000_RecordedViews extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists recorded;`);
    // The row's columns are read with a lateral call: `(jsonb_populate_record(…)).*` would call it once per column.
    this.addSql(`create or replace function history.recorded_view(target regclass) returns void language plpgsql as $fn$
      declare tbl text;
      begin
        select c.relname into tbl from pg_class c where c.oid = target;
        execute format('drop view if exists recorded.%I', tbl);
        execute format('create view recorded.%I as select r.* from history.%I h
            cross join lateral jsonb_populate_record(null::%s, h."row") r
            where h.recorded @> current_setting(''registry.recorded_at'')::timestamptz', tbl, tbl, target);
      end $fn$;`);
    this.addSql(`alter function history.enable(regclass) rename to enable_storage;`);
    this.addSql(`create function history.enable(target regclass) returns void language plpgsql as $fn$
      begin
        perform history.enable_storage(target);
        perform history.recorded_view(target);
      end $fn$;`);
    this.addSql(`do $$
      declare t record;
      begin
        for t in select c.oid::regclass as target from pg_class c join pg_namespace n on n.oid = c.relnamespace
                  where n.nspname = current_schema() and c.relkind = 'r'
                    and exists (select 1 from pg_class h join pg_namespace hn on hn.oid = h.relnamespace
                                 where hn.nspname = 'history' and h.relname = c.relname and h.relkind = 'r')
                  order by c.relname
        loop
          perform history.recorded_view(t.target);
        end loop;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists history.enable(regclass);`);
    this.addSql(`alter function history.enable_storage(regclass) rename to enable;`);
    this.addSql(`drop function if exists history.recorded_view(regclass);`);
    this.addSql(`drop schema if exists recorded cascade;`);
  }
}
