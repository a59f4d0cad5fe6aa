import { Migration } from '@mikro-orm/migrations';

/**
 * Transaction time kept by PostgreSQL itself (issue 17, DOMAIN.md §7): every table of the registry gets a history
 * table `history.<table>` holding each version of each row with the period during which the registry recorded it
 * (`recorded`, a `tstzrange`), written by a trigger in the same transaction as the change, so that no write path (the
 * unit of work, a bulk insert, a hand-written statement) can forget it. An exclusion constraint refuses two versions
 * of one row recorded at the same instant, in the spirit of SQL:2011 system-versioned tables.
 *
 * A version is recorded at the start of its transaction (`now()`): a reader "as recorded at R" sees each transaction
 * whole or not at all. Two changes of one row in one transaction leave one version (the second replaces the first,
 * which nobody else could see). When a transaction that started earlier writes after a later one has committed, its
 * version starts one microsecond after the other's, so that periods never overlap nor run backwards.
 *
 * `transaction_id` links a version to the audit entries of the same transaction (who, which request). The row is
 * kept as `jsonb` with the table's column names: a column added later reads as null in older versions, and a
 * migration never has to alter the history tables. Existing rows become their first version, recorded from their
 * last update (what they held before that is only in the audit trail).
 *
 * Later migrations that create a table call `select history.enable('<table>')`; `test/api/history-storage.e2e.test.ts`
 * fails on a table that does not.
 */
export class Migration20261201150000_History extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`create schema if not exists history;`);
    this.addSql(`alter table "audit_entry" add column "transaction_id" xid8 not null default pg_current_xact_id();`);
    this.addSql(`create index "audit_entry_transaction_id_index" on "audit_entry" ("transaction_id");`);
    this.addSql(`create or replace function history.enable(target regclass) returns void language plpgsql as $enable$
      declare
        tbl text;
        key_of text;
      begin
        select c.relname into tbl from pg_class c where c.oid = target;
        -- The row's key as text: its primary key's columns, joined by '|' when there are several (join tables).
        select string_agg(format('REC.%I::text', a.attname), ' || ''|'' || ' order by k.ord) into key_of
          from pg_index i
          cross join lateral unnest(i.indkey) with ordinality k(attnum, ord)
          join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
         where i.indrelid = target and i.indisprimary;
        if key_of is null then raise exception 'history.enable: % has no primary key', tbl; end if;

        execute format('create table if not exists history.%I (
            key text not null,
            "row" jsonb not null,
            recorded tstzrange not null,
            transaction_id xid8 not null default pg_current_xact_id(),
            constraint %I exclude using gist (key with =, recorded with &&))', tbl, tbl || '_no_overlap');
        execute format('create index if not exists %I on history.%I using gist (recorded)', tbl || '_recorded', tbl);

        execute format($fn$create or replace function history.%I() returns trigger language plpgsql as $body$
          declare
            stamp timestamptz := now();
            same_transaction timestamptz;
            open_from timestamptz;
            row_key text := case when TG_OP = 'INSERT' then %s else %s end;
          begin
            delete from history.%I where key = row_key and upper_inf(recorded) and transaction_id = pg_current_xact_id()
              returning lower(recorded) into same_transaction;
            if same_transaction is not null then
              stamp := same_transaction;
            else
              select lower(recorded) into open_from from history.%I where key = row_key and upper_inf(recorded);
              if open_from >= stamp then stamp := open_from + interval '1 microsecond'; end if;
              update history.%I set recorded = tstzrange(lower(recorded), stamp) where key = row_key and upper_inf(recorded);
            end if;
            if TG_OP <> 'DELETE' then
              insert into history.%I (key, "row", recorded) values (%s, to_jsonb(NEW), tstzrange(stamp, null));
            end if;
            return null;
          end $body$$fn$, tbl || '_record', replace(key_of, 'REC.', 'NEW.'), replace(key_of, 'REC.', 'OLD.'), tbl, tbl, tbl, tbl,
          replace(key_of, 'REC.', 'NEW.'));

        -- TRUNCATE fires no row trigger: it ends every open version at once.
        execute format($fn$create or replace function history.%I() returns trigger language plpgsql as $body$
          begin
            delete from history.%I where upper_inf(recorded) and transaction_id = pg_current_xact_id();
            update history.%I set recorded = tstzrange(lower(recorded), greatest(now(), lower(recorded) + interval '1 microsecond'))
             where upper_inf(recorded);
            return null;
          end $body$$fn$, tbl || '_truncate', tbl, tbl);

        execute format('drop trigger if exists history on %s', target);
        execute format('create trigger history after insert or update or delete on %s for each row execute function history.%I()', target, tbl || '_record');
        execute format('drop trigger if exists history_truncate on %s', target);
        execute format('create trigger history_truncate after truncate on %s for each statement execute function history.%I()', target, tbl || '_truncate');

        -- Today's rows are the first versions, recorded from their last change when the table tracks it.
        execute format('insert into history.%I (key, "row", recorded)
            select %s, to_jsonb(REC), tstzrange(%s, null) from %s REC
             where not exists (select 1 from history.%I h where h.key = %s)',
          tbl, key_of,
          case when exists (select 1 from pg_attribute where attrelid = target and attname = 'updated_at' and not attisdropped)
               then 'least(REC.updated_at, now())' else 'now()' end,
          target, tbl, key_of);
      end $enable$;`);

    // Every table of the registry but the logs (the audit trail and the personal-data access log are histories
    // themselves) and the bookkeeping of migrations and replica positions.
    this.addSql(`do $$
      declare t record;
      begin
        for t in select c.oid::regclass as target from pg_class c join pg_namespace n on n.oid = c.relnamespace
                  where n.nspname = current_schema() and c.relkind = 'r'
                    and c.relname not in ('audit_entry', 'request_log', 'write_position', 'mikro_orm_migrations')
                  order by c.relname
        loop
          perform history.enable(t.target);
        end loop;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`do $$
      declare t record;
      begin
        for t in select tg.tgrelid::regclass as target from pg_trigger tg where tg.tgname = 'history' loop
          execute format('drop trigger if exists history on %s', t.target);
          execute format('drop trigger if exists history_truncate on %s', t.target);
        end loop;
      end $$;`);
    this.addSql(`drop schema if exists history cascade;`);
    this.addSql(`alter table "audit_entry" drop column if exists "transaction_id";`);
  }
}
