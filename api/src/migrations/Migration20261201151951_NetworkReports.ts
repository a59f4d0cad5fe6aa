import { Migration } from '@mikro-orm/migrations';

export class Migration20261201151951_NetworkReports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "network_report" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('ASS_ANNUAL', 'CTR_QUARTERLY', 'CTN_ANNUAL')) not null, "post_id" uuid not null, "year" int not null, "quarter" int null, "submitted_on" date not null, "presented_on" date null, "narrative" text null, constraint "network_report_pkey" primary key ("id"));`);
    this.addSql(`create index "network_report_post_id_index" on "network_report" ("post_id");`);
    this.addSql(`create index "network_report_year_index" on "network_report" ("year");`);
    this.addSql(`create index "network_report_narrative_search" on "network_report" using gin (immutable_unaccent("narrative") gin_trgm_ops);`);

    this.addSql(`alter table "network_report" add constraint "network_report_post_id_foreign" foreign key ("post_id") references "social_worker_post" ("id") on update cascade;`);
    this.addSql(`select history.enable('network_report');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "network_report" cascade;`);
  }

}
