import { Migration } from '@mikro-orm/migrations';

/**
 * Dated versions (issue 17 item 1, as migration `…_Versions` for services and agents): a post's kind and administrative
 * residence, a convention's guideline for the function's share of time (and its tolerance). Same storage and the same
 * guarantees (`versions.enable`: first versions, no overlap, no gap, writes past the API correcting today's value).
 */
export class Migration20261201183000_PostAndConventionVersions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "social_worker_post_version" (
      "id" uuid not null, "version" int not null default 1,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "post_id" uuid not null references "social_worker_post" ("id") on update cascade on delete cascade,
      "valid" daterange not null,
      "kind" text not null,
      "residence_id" uuid not null references "service" ("id") on update cascade,
      constraint "social_worker_post_version_pkey" primary key ("id"),
      constraint "social_worker_post_version_no_overlap" exclude using gist ("post_id" with =, "valid" with &&) deferrable initially deferred);`);
    this.addSql(`create index "social_worker_post_version_residence_id_index" on "social_worker_post_version" ("residence_id");`);
    this.addSql(`select versions.enable('social_worker_post', 'social_worker_post_version', 'post_id', array['kind', 'residence_id']);`);

    this.addSql(`create table "convention_version" (
      "id" uuid not null, "version" int not null default 1,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "convention_id" uuid not null references "convention" ("id") on update cascade on delete cascade,
      "valid" daterange not null,
      "function_share_guideline" double precision not null,
      "function_share_tolerance" double precision not null,
      constraint "convention_version_pkey" primary key ("id"),
      constraint "convention_version_no_overlap" exclude using gist ("convention_id" with =, "valid" with &&) deferrable initially deferred);`);
    this.addSql(`select versions.enable('convention', 'convention_version', 'convention_id', array['function_share_guideline', 'function_share_tolerance']);`);

    this.addSql(`select history.enable('social_worker_post_version');`);
    this.addSql(`select history.enable('convention_version');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists versions_first on "social_worker_post"; drop trigger if exists versions_sync on "social_worker_post";`);
    this.addSql(`drop trigger if exists versions_first on "convention"; drop trigger if exists versions_sync on "convention";`);
    this.addSql(`drop table if exists history."social_worker_post_version"; drop table if exists history."convention_version";`);
    this.addSql(`drop table if exists "social_worker_post_version" cascade;`);
    this.addSql(`drop table if exists "convention_version" cascade;`);
  }
}
