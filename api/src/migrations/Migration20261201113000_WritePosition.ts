import { Migration } from '@mikro-orm/migrations';

/** Each caller's last write position, for read-your-writes when reads go to replicas (db/replicas/write-position.ts). */
export class Migration20261201113000_WritePosition extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "write_position" ("actor" varchar(255) not null, "lsn" pg_lsn not null, "written_at" timestamptz not null, constraint "write_position_pkey" primary key ("actor"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "write_position" cascade;`);
  }
}
