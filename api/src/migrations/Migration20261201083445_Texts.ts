import { Migration } from '@mikro-orm/migrations';

export class Migration20261201083445_Texts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "post_qualification" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "kind" text check ("kind" in ('CTN', 'CT_CENTRAL', 'CTR', 'ASS')) not null, "category" text check ("category" in ('A', 'B', 'C')) not null, "legal_basis" text not null, constraint "post_qualification_pkey" primary key ("id"));`);
    this.addSql(`create index "post_qualification_valid_from_index" on "post_qualification" ("valid_from");`);

    this.addSql(`alter table "regime" add column "mobility_horizon_months" int null;`);
    // « Court terme » is undefined by the texts (design): 12 months from the filing date under the 2026 regime.
    this.addSql(`update "regime" set "mobility_horizon_months" = 12 where "mobility_criterion";`);

    // ASS: category B [004 §II.3] until the interministerial corps in category A (décret n° 2017-1050 du 10 mai 2017, from 2019-02-01).
    this.addSql(`insert into "post_qualification" ("id", "version", "created_at", "updated_at", "valid_from", "valid_to", "kind", "category", "legal_basis") values
      (gen_random_uuid(), 1, now(), now(), '1970-01-01', '2019-01-31', 'ASS', 'B', 'circulaire NOR INTK1307790C, § II.3 : assistants de service social, agents de catégorie B'),
      (gen_random_uuid(), 1, now(), now(), '2019-02-01', null, 'ASS', 'A', 'décret n° 2017-1050 du 10 mai 2017 : corps interministériel des assistants de service social, catégorie A depuis le 1er février 2019'),
      (gen_random_uuid(), 1, now(), now(), '1970-01-01', null, 'CTR', 'A', 'circulaire NOR INTK1307790C, § II.2 : conseillers techniques régionaux, agents de catégorie A'),
      (gen_random_uuid(), 1, now(), now(), '1970-01-01', null, 'CT_CENTRAL', 'A', 'circulaire NOR INTK1307790C, § II.2 : conseiller technique coordonnateur, catégorie A'),
      (gen_random_uuid(), 1, now(), now(), '1970-01-01', null, 'CTN', 'A', 'circulaire NOR INTK1307790C, § II.1 : conseiller technique national, agent de catégorie A');`);

    this.addSql(`alter table "appointment" add column "arrete_authority" text check ("arrete_authority" in ('SECRETARY_GENERAL', 'POLICE', 'GENDARMERIE', 'PREFECT')) null, add column "arrete_authority_department_id" uuid null, add column "arrete_signatory_capacity" text check ("arrete_signatory_capacity" in ('AUTHORITY', 'DELEGATION', 'INTERIM')) not null default 'AUTHORITY', add column "arrete_signatory_title" varchar(255) null;`);
    this.addSql(`alter table "appointment" add constraint "appointment_arrete_authority_department_id_foreign" foreign key ("arrete_authority_department_id") references "department" ("id") on update cascade on delete set null;`);
    // Appointments recorded before: the arrêté was the map's authority's [001 art. 4].
    this.addSql(`update "appointment" a set "arrete_authority" = m."authority", "arrete_authority_department_id" = m."department_id" from "implantation_map" m where m."id" = a."map_id";`);
    this.addSql(`alter table "appointment" alter column "arrete_authority" set not null;`);

    // Exclusion from the network is inherited by the whole sub-tree of an excluded service [004 §I] (see referential/network-exclusion.ts).
    this.addSql(`create or replace view network_excluded_service as
      with recursive tree(service_id, excluded_by_id, depth) as (
        select id, id, 0 from service where excluded_from_network
        union all
        select s.id, tree.excluded_by_id, tree.depth + 1 from service s join tree on s.parent_id = tree.service_id
        where not s.excluded_from_network and tree.depth < 50
      )
      select distinct on (service_id) service_id, excluded_by_id from tree order by service_id, depth;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists network_excluded_service;`);
    this.addSql(`drop table if exists "post_qualification" cascade;`);

    this.addSql(`alter table "appointment" drop constraint "appointment_arrete_authority_department_id_foreign";`);

    this.addSql(`alter table "appointment" drop column "arrete_authority", drop column "arrete_authority_department_id", drop column "arrete_signatory_capacity", drop column "arrete_signatory_title";`);

    this.addSql(`alter table "regime" drop column "mobility_horizon_months";`);
  }

}
