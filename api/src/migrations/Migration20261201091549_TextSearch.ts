import { Migration } from '@mikro-orm/migrations';

/**
 * Accent- and case-insensitive text search (`q`, api/src/shared/search.ts): the `unaccent` and `pg_trgm` extensions
 * (shipped with PostgreSQL's contrib, the embedded server's included), an IMMUTABLE wrapper of `unaccent` with its
 * dictionary fixed (the extension's own function is STABLE and cannot be indexed), and a trigram index on the
 * unaccented value of every searched column (the entities' `@Searchable`).
 */
export class Migration20261201091549_TextSearch extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create extension if not exists pg_trgm;`);
    // Qualified by the extension's own schema, wherever it was installed, so that the index never depends on search_path.
    // Typographic apostrophes read as straight ones (« Côtes-d’Armor » is stored « Côtes-d'Armor » by the INSEE data).
    this.addSql(`do $$
      declare s text := (select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'unaccent');
      begin
        execute format('create or replace function immutable_unaccent(text) returns text language sql immutable strict parallel safe as %L',
          format('select translate(%I.unaccent(%L::regdictionary, $1), %L, %L)', s, quote_ident(s) || '.unaccent', '’‘', ''''''));
      end $$;`);

    this.addSql(`create index "ministry_code_search" on "ministry" using gin (immutable_unaccent("code") gin_trgm_ops);`);
    this.addSql(`create index "ministry_name_search" on "ministry" using gin (immutable_unaccent("name") gin_trgm_ops);`);
    this.addSql(`create index "overseas_collectivity_code_search" on "overseas_collectivity" using gin (immutable_unaccent("code") gin_trgm_ops);`);
    this.addSql(`create index "overseas_collectivity_name_search" on "overseas_collectivity" using gin (immutable_unaccent("name") gin_trgm_ops);`);
    this.addSql(`create index "regime_code_search" on "regime" using gin (immutable_unaccent("code") gin_trgm_ops);`);
    this.addSql(`create index "regime_name_search" on "regime" using gin (immutable_unaccent("name") gin_trgm_ops);`);
    this.addSql(`create index "region_code_search" on "region" using gin (immutable_unaccent("code") gin_trgm_ops);`);
    this.addSql(`create index "region_name_search" on "region" using gin (immutable_unaccent("name") gin_trgm_ops);`);
    this.addSql(`create index "department_code_search" on "department" using gin (immutable_unaccent("code") gin_trgm_ops);`);
    this.addSql(`create index "department_name_search" on "department" using gin (immutable_unaccent("name") gin_trgm_ops);`);
    this.addSql(`create index "information_meeting_title_search" on "information_meeting" using gin (immutable_unaccent("title") gin_trgm_ops);`);
    this.addSql(`create index "information_meeting_agenda_search" on "information_meeting" using gin (immutable_unaccent("agenda") gin_trgm_ops);`);
    this.addSql(`create index "commission_code_search" on "commission" using gin (immutable_unaccent("code") gin_trgm_ops);`);
    this.addSql(`create index "commission_name_search" on "commission" using gin (immutable_unaccent("name") gin_trgm_ops);`);
    this.addSql(`create index "commission_session_agenda_search" on "commission_session" using gin (immutable_unaccent("agenda") gin_trgm_ops);`);
    this.addSql(`create index "opinion_reasons_search" on "opinion" using gin (immutable_unaccent("reasons") gin_trgm_ops);`);
    this.addSql(`create index "opinion_proposals_search" on "opinion" using gin (immutable_unaccent("proposals") gin_trgm_ops);`);
    this.addSql(`create index "annual_report_narrative_search" on "annual_report" using gin (immutable_unaccent("narrative") gin_trgm_ops);`);
    this.addSql(`create index "implantation_map_title_search" on "implantation_map" using gin (immutable_unaccent("title") gin_trgm_ops);`);
    this.addSql(`create index "implantation_map_arrete_number_search" on "implantation_map" using gin (immutable_unaccent("arrete_number") gin_trgm_ops);`);
    this.addSql(`create index "candidate_call_title_search" on "candidate_call" using gin (immutable_unaccent("title") gin_trgm_ops);`);
    this.addSql(`create index "service_code_search" on "service" using gin (immutable_unaccent("code") gin_trgm_ops);`);
    this.addSql(`create index "service_name_search" on "service" using gin (immutable_unaccent("name") gin_trgm_ops);`);
    this.addSql(`create index "implantation_map_entry_note_search" on "implantation_map_entry" using gin (immutable_unaccent("note") gin_trgm_ops);`);
    this.addSql(`create index "agent_registration_number_search" on "agent" using gin (immutable_unaccent("registration_number") gin_trgm_ops);`);
    this.addSql(`create index "agent_last_name_search" on "agent" using gin (immutable_unaccent("last_name") gin_trgm_ops);`);
    this.addSql(`create index "agent_first_name_search" on "agent" using gin (immutable_unaccent("first_name") gin_trgm_ops);`);
    this.addSql(`create index "candidacy_motivation_search" on "candidacy" using gin (immutable_unaccent("motivation") gin_trgm_ops);`);
    this.addSql(`create index "candidacy_head_of_service_name_search" on "candidacy" using gin (immutable_unaccent("head_of_service_name") gin_trgm_ops);`);
    this.addSql(`create index "appointment_arrete_number_search" on "appointment" using gin (immutable_unaccent("arrete_number") gin_trgm_ops);`);
    this.addSql(`create index "appointment_arrete_signatory_search" on "appointment" using gin (immutable_unaccent("arrete_signatory") gin_trgm_ops);`);
    this.addSql(`create index "field_report_topic_search" on "field_report" using gin (immutable_unaccent("topic") gin_trgm_ops);`);
    this.addSql(`create index "field_report_text_search" on "field_report" using gin (immutable_unaccent("text") gin_trgm_ops);`);
    this.addSql(`create index "field_report_follow_up_search" on "field_report" using gin (immutable_unaccent("follow_up") gin_trgm_ops);`);
    this.addSql(`create index "service_site_label_search" on "service_site" using gin (immutable_unaccent("label") gin_trgm_ops);`);
    this.addSql(`create index "service_site_address_search" on "service_site" using gin (immutable_unaccent("address") gin_trgm_ops);`);
    this.addSql(`create index "service_site_city_search" on "service_site" using gin (immutable_unaccent("city") gin_trgm_ops);`);
    this.addSql(`create index "service_site_postal_code_search" on "service_site" using gin (immutable_unaccent("postal_code") gin_trgm_ops);`);
    this.addSql(`create index "social_worker_post_code_search" on "social_worker_post" using gin (immutable_unaccent("code") gin_trgm_ops);`);
    this.addSql(`create index "social_worker_post_title_search" on "social_worker_post" using gin (immutable_unaccent("title") gin_trgm_ops);`);
    this.addSql(`create index "post_sector_part_search" on "post_sector" using gin (immutable_unaccent("part") gin_trgm_ops);`);
    this.addSql(`create index "post_sector_decision_reference_search" on "post_sector" using gin (immutable_unaccent("decision_reference") gin_trgm_ops);`);
    this.addSql(`create index "convention_reference_search" on "convention" using gin (immutable_unaccent("reference") gin_trgm_ops);`);
    this.addSql(`create index "convention_title_search" on "convention" using gin (immutable_unaccent("title") gin_trgm_ops);`);
    this.addSql(`create index "support_professional_name_search" on "support_professional" using gin (immutable_unaccent("name") gin_trgm_ops);`);
    this.addSql(`create index "support_professional_organisation_search" on "support_professional" using gin (immutable_unaccent("organisation") gin_trgm_ops);`);
    this.addSql(`create index "training_title_search" on "training" using gin (immutable_unaccent("title") gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "agent_registration_number_search";`);
    this.addSql(`drop index "agent_last_name_search";`);
    this.addSql(`drop index "agent_first_name_search";`);
    this.addSql(`drop index "annual_report_narrative_search";`);
    this.addSql(`drop index "appointment_arrete_number_search";`);
    this.addSql(`drop index "appointment_arrete_signatory_search";`);
    this.addSql(`drop index "candidacy_motivation_search";`);
    this.addSql(`drop index "candidacy_head_of_service_name_search";`);
    this.addSql(`drop index "candidate_call_title_search";`);
    this.addSql(`drop index "commission_code_search";`);
    this.addSql(`drop index "commission_name_search";`);
    this.addSql(`drop index "commission_session_agenda_search";`);
    this.addSql(`drop index "convention_reference_search";`);
    this.addSql(`drop index "convention_title_search";`);
    this.addSql(`drop index "department_code_search";`);
    this.addSql(`drop index "department_name_search";`);
    this.addSql(`drop index "field_report_topic_search";`);
    this.addSql(`drop index "field_report_text_search";`);
    this.addSql(`drop index "field_report_follow_up_search";`);
    this.addSql(`drop index "implantation_map_title_search";`);
    this.addSql(`drop index "implantation_map_arrete_number_search";`);
    this.addSql(`drop index "implantation_map_entry_note_search";`);
    this.addSql(`drop index "information_meeting_title_search";`);
    this.addSql(`drop index "information_meeting_agenda_search";`);
    this.addSql(`drop index "ministry_code_search";`);
    this.addSql(`drop index "ministry_name_search";`);
    this.addSql(`drop index "opinion_reasons_search";`);
    this.addSql(`drop index "opinion_proposals_search";`);
    this.addSql(`drop index "overseas_collectivity_code_search";`);
    this.addSql(`drop index "overseas_collectivity_name_search";`);
    this.addSql(`drop index "post_sector_part_search";`);
    this.addSql(`drop index "post_sector_decision_reference_search";`);
    this.addSql(`drop index "regime_code_search";`);
    this.addSql(`drop index "regime_name_search";`);
    this.addSql(`drop index "region_code_search";`);
    this.addSql(`drop index "region_name_search";`);
    this.addSql(`drop index "service_code_search";`);
    this.addSql(`drop index "service_name_search";`);
    this.addSql(`drop index "service_site_label_search";`);
    this.addSql(`drop index "service_site_address_search";`);
    this.addSql(`drop index "service_site_city_search";`);
    this.addSql(`drop index "service_site_postal_code_search";`);
    this.addSql(`drop index "social_worker_post_code_search";`);
    this.addSql(`drop index "social_worker_post_title_search";`);
    this.addSql(`drop index "support_professional_name_search";`);
    this.addSql(`drop index "support_professional_organisation_search";`);
    this.addSql(`drop index "training_title_search";`);
    this.addSql(`drop function if exists immutable_unaccent(text);`);
  }

}
