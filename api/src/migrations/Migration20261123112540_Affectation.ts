import { Migration } from '@mikro-orm/migrations';

export class Migration20261123112540_Affectation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "affectation" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "agent_id" uuid not null, "service_id" uuid not null, constraint "affectation_pkey" primary key ("id"));`);
    this.addSql(`create index "affectation_valid_from_index" on "affectation" ("valid_from");`);
    this.addSql(`create index "affectation_agent_id_index" on "affectation" ("agent_id");`);
    this.addSql(`create index "affectation_service_id_index" on "affectation" ("service_id");`);

    this.addSql(`alter table "affectation" add constraint "affectation_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "affectation" add constraint "affectation_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade;`);

    // Every existing agent starts with one assignment: its current service over its period in post.
    this.addSql(`insert into "affectation" ("id", "version", "created_at", "updated_at", "valid_from", "valid_to", "agent_id", "service_id")
      select gen_random_uuid(), 1, now(), now(), "valid_from", "valid_to", "id", "service_id" from "agent";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "affectation" cascade;`);
  }

}
