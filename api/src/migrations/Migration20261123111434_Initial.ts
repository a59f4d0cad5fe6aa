import { Migration } from '@mikro-orm/migrations';

export class Migration20261123111434_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null, "actor" varchar(255) not null, "request_id" varchar(255) not null, "entity_name" varchar(255) not null, "entity_id" varchar(255) not null, "action" text check ("action" in ('CREATE', 'UPDATE', 'DELETE')) not null, "before" jsonb null, "after" jsonb null);`);
    this.addSql(`create index "audit_entry_request_id_index" on "audit_entry" ("request_id");`);
    this.addSql(`create index "audit_entry_entity_name_entity_id_at_index" on "audit_entry" ("entity_name", "entity_id", "at");`);

    this.addSql(`create table "ministry" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(255) not null, "name" varchar(255) not null, "interior" boolean not null default false, constraint "ministry_pkey" primary key ("id"));`);
    this.addSql(`alter table "ministry" add constraint "ministry_code_unique" unique ("code");`);

    this.addSql(`create table "overseas_collectivity" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(3) not null, "name" varchar(255) not null, constraint "overseas_collectivity_pkey" primary key ("id"));`);
    this.addSql(`alter table "overseas_collectivity" add constraint "overseas_collectivity_code_unique" unique ("code");`);

    this.addSql(`create table "region" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(3) not null, "name" varchar(255) not null, "overseas" boolean not null default false, constraint "region_pkey" primary key ("id"));`);
    this.addSql(`alter table "region" add constraint "region_code_unique" unique ("code");`);

    this.addSql(`create table "department" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(3) not null, "name" varchar(255) not null, "region_id" uuid not null, constraint "department_pkey" primary key ("id"));`);
    this.addSql(`alter table "department" add constraint "department_code_unique" unique ("code");`);
    this.addSql(`create index "department_region_id_index" on "department" ("region_id");`);

    this.addSql(`create table "service" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "code" varchar(255) not null, "name" varchar(255) not null, "kind" text check ("kind" in ('ADMINISTRATION_CENTRALE', 'PREFECTURE', 'SOUS_PREFECTURE', 'POLICE', 'GENDARMERIE_CIVIL', 'DDI', 'SGAMI', 'SCHOOL', 'NATIONAL_SERVICE', 'OTHER')) not null, "parent_id" uuid null, "department_id" uuid null, "overseas_collectivity_id" uuid null, "designating_authority" text check ("designating_authority" in ('SECRETARY_GENERAL', 'POLICE', 'GENDARMERIE', 'PREFECT')) not null, "ministry_id" uuid not null, "excluded_from_network" boolean not null default false, constraint "service_pkey" primary key ("id"));`);
    this.addSql(`create index "service_valid_from_index" on "service" ("valid_from");`);
    this.addSql(`alter table "service" add constraint "service_code_unique" unique ("code");`);
    this.addSql(`create index "service_parent_id_index" on "service" ("parent_id");`);
    this.addSql(`create index "service_department_id_index" on "service" ("department_id");`);
    this.addSql(`create index "service_overseas_collectivity_id_index" on "service" ("overseas_collectivity_id");`);
    this.addSql(`create index "service_ministry_id_index" on "service" ("ministry_id");`);

    this.addSql(`create table "agent" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "registration_number" varchar(255) not null, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "email" varchar(255) null, "phone" varchar(255) null, "grade" varchar(255) not null, "corps" varchar(255) not null, "category" text check ("category" in ('A', 'B', 'C')) not null, "status" text check ("status" in ('TITULAIRE', 'STAGIAIRE', 'CONTRACTUEL')) not null, "population" text check ("population" in ('POLICE_ACTIVE', 'ADMINISTRATIVE_TECHNICAL_SCIENTIFIC', 'GENDARMERIE_CIVIL', 'GENDARMERIE_MILITARY', 'OTHER_ADMINISTRATION')) not null, "employing_ministry_id" uuid not null, "service_id" uuid not null, "active" boolean not null default true, "mobility_plan_date" date null, "mobility_plan_kind" text check ("mobility_plan_kind" in ('TRANSFER', 'SECONDMENT', 'END_OF_CONTRACT')) null, constraint "agent_pkey" primary key ("id"));`);
    this.addSql(`create index "agent_valid_from_index" on "agent" ("valid_from");`);
    this.addSql(`alter table "agent" add constraint "agent_registration_number_unique" unique ("registration_number");`);
    this.addSql(`create index "agent_last_name_index" on "agent" ("last_name");`);
    this.addSql(`create index "agent_employing_ministry_id_index" on "agent" ("employing_ministry_id");`);
    this.addSql(`create index "agent_service_id_index" on "agent" ("service_id");`);

    this.addSql(`create table "service_headcount" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "service_id" uuid not null, "population" text check ("population" in ('POLICE_ACTIVE', 'ADMINISTRATIVE_TECHNICAL_SCIENTIFIC', 'GENDARMERIE_CIVIL', 'GENDARMERIE_MILITARY', 'OTHER_ADMINISTRATION')) not null, "count" int not null, constraint "service_headcount_pkey" primary key ("id"));`);
    this.addSql(`create index "service_headcount_valid_from_index" on "service_headcount" ("valid_from");`);
    this.addSql(`create index "service_headcount_service_id_index" on "service_headcount" ("service_id");`);

    this.addSql(`create table "service_site" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "service_id" uuid not null, "label" varchar(255) not null, "address" varchar(255) not null, "postal_code" varchar(5) not null, "city" varchar(255) not null, constraint "service_site_pkey" primary key ("id"));`);
    this.addSql(`create index "service_site_service_id_index" on "service_site" ("service_id");`);

    this.addSql(`alter table "department" add constraint "department_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);

    this.addSql(`alter table "service" add constraint "service_parent_id_foreign" foreign key ("parent_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "service" add constraint "service_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "service" add constraint "service_overseas_collectivity_id_foreign" foreign key ("overseas_collectivity_id") references "overseas_collectivity" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "service" add constraint "service_ministry_id_foreign" foreign key ("ministry_id") references "ministry" ("id") on update cascade;`);

    this.addSql(`alter table "agent" add constraint "agent_employing_ministry_id_foreign" foreign key ("employing_ministry_id") references "ministry" ("id") on update cascade;`);
    this.addSql(`alter table "agent" add constraint "agent_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade;`);

    this.addSql(`alter table "service_headcount" add constraint "service_headcount_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade;`);

    this.addSql(`alter table "service_site" add constraint "service_site_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service" drop constraint "service_ministry_id_foreign";`);

    this.addSql(`alter table "agent" drop constraint "agent_employing_ministry_id_foreign";`);

    this.addSql(`alter table "service" drop constraint "service_overseas_collectivity_id_foreign";`);

    this.addSql(`alter table "department" drop constraint "department_region_id_foreign";`);

    this.addSql(`alter table "service" drop constraint "service_department_id_foreign";`);

    this.addSql(`alter table "service" drop constraint "service_parent_id_foreign";`);

    this.addSql(`alter table "agent" drop constraint "agent_service_id_foreign";`);

    this.addSql(`alter table "service_headcount" drop constraint "service_headcount_service_id_foreign";`);

    this.addSql(`alter table "service_site" drop constraint "service_site_service_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "ministry" cascade;`);

    this.addSql(`drop table if exists "overseas_collectivity" cascade;`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`drop table if exists "service" cascade;`);

    this.addSql(`drop table if exists "agent" cascade;`);

    this.addSql(`drop table if exists "service_headcount" cascade;`);

    this.addSql(`drop table if exists "service_site" cascade;`);
  }

}
