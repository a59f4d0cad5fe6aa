import { Migration } from '@mikro-orm/migrations';

export class Migration20261123130219_Access extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "personal_data_access" ("id" bigserial primary key, "at" timestamptz not null, "actor" varchar(255) not null, "request_id" varchar(255) not null, "role" text check ("role" in ('NATIONAL_ADMIN', 'DEPARTMENTAL_ADMIN', 'REGIONAL_CTR', 'ANALYST', 'PARTNER_MINISTRY')) not null, "entity_name" varchar(255) not null, "entity_ids" text[] not null, "fields" text[] not null);`);
    this.addSql(`create index "personal_data_access_entity_ids_index" on "personal_data_access" using gin ("entity_ids");`);
    this.addSql(`create index "personal_data_access_actor_at_index" on "personal_data_access" ("actor", "at");`);

    this.addSql(`alter table "agent" add column "personal_data_purged_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "personal_data_access" cascade;`);

    this.addSql(`alter table "agent" drop column "personal_data_purged_at";`);
  }

}
