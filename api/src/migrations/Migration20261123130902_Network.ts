import { Migration } from '@mikro-orm/migrations';

export class Migration20261123130902_Network extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "social_worker_post" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "code" varchar(255) not null, "title" varchar(255) not null, "kind" text check ("kind" in ('CTN', 'CT_CENTRAL', 'CTR', 'ASS')) not null, "residence_id" uuid not null, "budget_programme" int not null, "etp" double precision not null default 1, "technical_superior_id" uuid null, constraint "social_worker_post_pkey" primary key ("id"));`);
    this.addSql(`create index "social_worker_post_valid_from_index" on "social_worker_post" ("valid_from");`);
    this.addSql(`alter table "social_worker_post" add constraint "social_worker_post_code_unique" unique ("code");`);
    this.addSql(`create index "social_worker_post_residence_id_index" on "social_worker_post" ("residence_id");`);
    this.addSql(`create index "social_worker_post_technical_superior_id_index" on "social_worker_post" ("technical_superior_id");`);

    this.addSql(`create table "post_sector" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "post_id" uuid not null, "region_id" uuid null, "department_id" uuid null, "part" varchar(255) null, "temporary" boolean not null default false, "decision_reference" varchar(255) null, "decision_date" date null, constraint "post_sector_pkey" primary key ("id"));`);
    this.addSql(`create index "post_sector_valid_from_index" on "post_sector" ("valid_from");`);
    this.addSql(`create index "post_sector_post_id_index" on "post_sector" ("post_id");`);
    this.addSql(`create index "post_sector_region_id_index" on "post_sector" ("region_id");`);
    this.addSql(`create index "post_sector_department_id_index" on "post_sector" ("department_id");`);

    this.addSql(`create table "post_assignment" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "post_id" uuid not null, "agent_id" uuid not null, "work_quota" double precision not null, "employing_ministry_id" uuid not null, constraint "post_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "post_assignment_valid_from_index" on "post_assignment" ("valid_from");`);
    this.addSql(`create index "post_assignment_post_id_index" on "post_assignment" ("post_id");`);
    this.addSql(`create index "post_assignment_agent_id_index" on "post_assignment" ("agent_id");`);
    this.addSql(`create index "post_assignment_employing_ministry_id_index" on "post_assignment" ("employing_ministry_id");`);

    this.addSql(`create table "replacement" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "post_id" uuid not null, "replacing_id" uuid not null, "reason" text check ("reason" in ('VACANCY', 'ABSENCE')) not null, constraint "replacement_pkey" primary key ("id"));`);
    this.addSql(`create index "replacement_valid_from_index" on "replacement" ("valid_from");`);
    this.addSql(`create index "replacement_post_id_index" on "replacement" ("post_id");`);
    this.addSql(`create index "replacement_replacing_id_index" on "replacement" ("replacing_id");`);

    this.addSql(`create table "convention" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "reference" varchar(255) not null, "title" varchar(255) not null, "kind" text check ("kind" in ('ASS_SERVICE', 'CTR_INTERREGIONAL', 'INTERMINISTERIAL')) not null, "basis" text check ("basis" in ('CONVENTION', 'CTR_DECISION', 'DRH_DECISION')) not null, "source_text" text null, "signed_on" date null, "tacit_renewal" boolean not null default false, "renewal_terms" varchar(255) null, "post_id" uuid null, "function_share_guideline" double precision not null default 0.2, "function_share_tolerance" double precision not null default 0.05, "secretarial_etp" double precision null, "partner_ministry_id" uuid null, "direction" text check ("direction" in ('INTERIOR_SERVES_PARTNER', 'PARTNER_SERVES_INTERIOR')) null, "populations" text[] not null default '{}', "etp_provided" double precision null, constraint "convention_pkey" primary key ("id"));`);
    this.addSql(`create index "convention_valid_from_index" on "convention" ("valid_from");`);
    this.addSql(`alter table "convention" add constraint "convention_reference_unique" unique ("reference");`);
    this.addSql(`create index "convention_post_id_index" on "convention" ("post_id");`);
    this.addSql(`create index "convention_partner_ministry_id_index" on "convention" ("partner_ministry_id");`);

    this.addSql(`create table "convention_scope" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "convention_id" uuid not null, "service_id" uuid null, "department_id" uuid null, "region_id" uuid null, "counted_with_id" uuid null, constraint "convention_scope_pkey" primary key ("id"));`);
    this.addSql(`create index "convention_scope_convention_id_index" on "convention_scope" ("convention_id");`);
    this.addSql(`create index "convention_scope_service_id_index" on "convention_scope" ("service_id");`);
    this.addSql(`create index "convention_scope_department_id_index" on "convention_scope" ("department_id");`);
    this.addSql(`create index "convention_scope_region_id_index" on "convention_scope" ("region_id");`);

    this.addSql(`create table "time_allocation" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "convention_id" uuid not null, "assignment_id" uuid not null, "target_kind" text check ("target_kind" in ('SERVICE', 'REGION', 'FUNCTION')) not null, "service_id" uuid null, "region_id" uuid null, "share" double precision not null, constraint "time_allocation_pkey" primary key ("id"));`);
    this.addSql(`create index "time_allocation_valid_from_index" on "time_allocation" ("valid_from");`);
    this.addSql(`create index "time_allocation_convention_id_index" on "time_allocation" ("convention_id");`);
    this.addSql(`create index "time_allocation_assignment_id_index" on "time_allocation" ("assignment_id");`);
    this.addSql(`create index "time_allocation_service_id_index" on "time_allocation" ("service_id");`);
    this.addSql(`create index "time_allocation_region_id_index" on "time_allocation" ("region_id");`);

    this.addSql(`alter table "social_worker_post" add constraint "social_worker_post_residence_id_foreign" foreign key ("residence_id") references "service" ("id") on update cascade;`);
    this.addSql(`alter table "social_worker_post" add constraint "social_worker_post_technical_superior_id_foreign" foreign key ("technical_superior_id") references "social_worker_post" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "post_sector" add constraint "post_sector_post_id_foreign" foreign key ("post_id") references "social_worker_post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "post_sector" add constraint "post_sector_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "post_sector" add constraint "post_sector_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "post_assignment" add constraint "post_assignment_post_id_foreign" foreign key ("post_id") references "social_worker_post" ("id") on update cascade;`);
    this.addSql(`alter table "post_assignment" add constraint "post_assignment_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade;`);
    this.addSql(`alter table "post_assignment" add constraint "post_assignment_employing_ministry_id_foreign" foreign key ("employing_ministry_id") references "ministry" ("id") on update cascade;`);

    this.addSql(`alter table "replacement" add constraint "replacement_post_id_foreign" foreign key ("post_id") references "social_worker_post" ("id") on update cascade;`);
    this.addSql(`alter table "replacement" add constraint "replacement_replacing_id_foreign" foreign key ("replacing_id") references "post_assignment" ("id") on update cascade;`);

    this.addSql(`alter table "convention" add constraint "convention_post_id_foreign" foreign key ("post_id") references "social_worker_post" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "convention" add constraint "convention_partner_ministry_id_foreign" foreign key ("partner_ministry_id") references "ministry" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "convention_scope" add constraint "convention_scope_convention_id_foreign" foreign key ("convention_id") references "convention" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "convention_scope" add constraint "convention_scope_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "convention_scope" add constraint "convention_scope_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "convention_scope" add constraint "convention_scope_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "convention_scope" add constraint "convention_scope_counted_with_id_foreign" foreign key ("counted_with_id") references "service" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "time_allocation" add constraint "time_allocation_convention_id_foreign" foreign key ("convention_id") references "convention" ("id") on update cascade;`);
    this.addSql(`alter table "time_allocation" add constraint "time_allocation_assignment_id_foreign" foreign key ("assignment_id") references "post_assignment" ("id") on update cascade;`);
    this.addSql(`alter table "time_allocation" add constraint "time_allocation_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "time_allocation" add constraint "time_allocation_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "social_worker_post" drop constraint "social_worker_post_technical_superior_id_foreign";`);

    this.addSql(`alter table "post_sector" drop constraint "post_sector_post_id_foreign";`);

    this.addSql(`alter table "post_assignment" drop constraint "post_assignment_post_id_foreign";`);

    this.addSql(`alter table "replacement" drop constraint "replacement_post_id_foreign";`);

    this.addSql(`alter table "convention" drop constraint "convention_post_id_foreign";`);

    this.addSql(`alter table "replacement" drop constraint "replacement_replacing_id_foreign";`);

    this.addSql(`alter table "time_allocation" drop constraint "time_allocation_assignment_id_foreign";`);

    this.addSql(`alter table "convention_scope" drop constraint "convention_scope_convention_id_foreign";`);

    this.addSql(`alter table "time_allocation" drop constraint "time_allocation_convention_id_foreign";`);

    this.addSql(`drop table if exists "social_worker_post" cascade;`);

    this.addSql(`drop table if exists "post_sector" cascade;`);

    this.addSql(`drop table if exists "post_assignment" cascade;`);

    this.addSql(`drop table if exists "replacement" cascade;`);

    this.addSql(`drop table if exists "convention" cascade;`);

    this.addSql(`drop table if exists "convention_scope" cascade;`);

    this.addSql(`drop table if exists "time_allocation" cascade;`);
  }

}
