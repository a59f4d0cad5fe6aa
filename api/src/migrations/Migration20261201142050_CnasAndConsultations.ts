import { Migration } from '@mikro-orm/migrations';

export class Migration20261201142050_CnasAndConsultations extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "national_synthesis_report" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "year" int not null, "status" text check ("status" in ('DRAFT', 'PRESENTED')) not null default 'DRAFT', "narrative" text null, "opinion_id" uuid null, constraint "national_synthesis_report_pkey" primary key ("id"));`);
    this.addSql(`alter table "national_synthesis_report" add constraint "national_synthesis_report_year_unique" unique ("year");`);
    this.addSql(`create index "national_synthesis_report_narrative_search" on "national_synthesis_report" using gin (immutable_unaccent("narrative") gin_trgm_ops);`);

    this.addSql(`create table "consultation" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "commission_id" uuid not null, "topic" text check ("topic" in ('WORKING_CONDITIONS')) not null default 'WORKING_CONDITIONS', "title" varchar(255) not null, "description" text null, "submitted_on" date not null, "status" text check ("status" in ('SUBMITTED', 'OPINION_GIVEN')) not null default 'SUBMITTED', "opinion_id" uuid null, constraint "consultation_pkey" primary key ("id"));`);
    this.addSql(`create index "consultation_commission_id_index" on "consultation" ("commission_id");`);
    this.addSql(`create index "consultation_submitted_on_index" on "consultation" ("submitted_on");`);
    this.addSql(`create index "consultation_title_search" on "consultation" using gin (immutable_unaccent("title") gin_trgm_ops);`);
    this.addSql(`create index "consultation_description_search" on "consultation" using gin (immutable_unaccent("description") gin_trgm_ops);`);

    this.addSql(`alter table "national_synthesis_report" add constraint "national_synthesis_report_opinion_id_foreign" foreign key ("opinion_id") references "opinion" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "consultation" add constraint "consultation_commission_id_foreign" foreign key ("commission_id") references "commission" ("id") on update cascade;`);
    this.addSql(`alter table "consultation" add constraint "consultation_opinion_id_foreign" foreign key ("opinion_id") references "opinion" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "opinion" drop constraint if exists "opinion_subject_check";`);

    this.addSql(`alter table "opinion" add constraint "opinion_subject_check" check("subject" in ('IMPLANTATION_MAP', 'CANDIDACY', 'ANNUAL_REPORT', 'NATIONAL_SYNTHESIS', 'CONSULTATION'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "national_synthesis_report" cascade;`);

    this.addSql(`drop table if exists "consultation" cascade;`);

    this.addSql(`alter table "opinion" drop constraint if exists "opinion_subject_check";`);

    this.addSql(`alter table "opinion" add constraint "opinion_subject_check" check("subject" in ('IMPLANTATION_MAP', 'CANDIDACY', 'ANNUAL_REPORT'));`);
  }

}
