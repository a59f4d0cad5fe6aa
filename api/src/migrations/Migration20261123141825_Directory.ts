import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141825_Directory extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "support_professional" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "kind" text check ("kind" in ('SOCIAL_WORKER', 'OPERATIONAL_SUPPORT_PSYCHOLOGIST', 'PREVENTION_DOCTOR', 'OTHER')) not null, "name" varchar(255) not null, "organisation" varchar(255) null, "phone" varchar(255) null, "email" varchar(255) null, "availability" text null, "department_id" uuid null, constraint "support_professional_pkey" primary key ("id"));`);
    this.addSql(`create index "support_professional_valid_from_index" on "support_professional" ("valid_from");`);
    this.addSql(`create index "support_professional_department_id_index" on "support_professional" ("department_id");`);

    this.addSql(`alter table "support_professional" add constraint "support_professional_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_professional" cascade;`);
  }

}
