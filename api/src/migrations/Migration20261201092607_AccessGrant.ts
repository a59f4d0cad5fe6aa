import { Migration } from '@mikro-orm/migrations';

export class Migration20261201092607_AccessGrant extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "access_grant" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "kind" text check ("kind" in ('USER', 'CLIENT')) not null, "subject" varchar(255) not null, "label" varchar(255) not null, "role" text check ("role" in ('NATIONAL_ADMIN', 'DEPARTMENTAL_ADMIN', 'REGIONAL_CTR', 'ANALYST', 'PARTNER_MINISTRY')) not null, "perimeter" text[] not null, constraint "access_grant_pkey" primary key ("id"));`);
    this.addSql(`create index "access_grant_valid_from_index" on "access_grant" ("valid_from");`);
    this.addSql(`create index "access_grant_kind_subject_index" on "access_grant" ("kind", "subject");`);
    // The search `q` (shared/search.ts): trigram indexes on the unaccented values (immutable_unaccent: TextSearch migration).
    this.addSql(`create index "access_grant_subject_search" on "access_grant" using gin (immutable_unaccent("subject") gin_trgm_ops);`);
    this.addSql(`create index "access_grant_label_search" on "access_grant" using gin (immutable_unaccent("label") gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "access_grant" cascade;`);
  }

}
