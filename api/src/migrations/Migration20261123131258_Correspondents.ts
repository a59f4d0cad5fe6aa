import { Migration } from '@mikro-orm/migrations';

export class Migration20261123131258_Correspondents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "regime" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "code" varchar(255) not null, "name" varchar(255) not null, "legal_basis" text not null, "titular_only" boolean not null, "excludes_clas_members" boolean not null, "mobility_criterion" boolean not null, "joint_interview" boolean not null, "ministerial_for_central" boolean not null, "precise_time_credit" boolean not null, constraint "regime_pkey" primary key ("id"));`);
    this.addSql(`create index "regime_valid_from_index" on "regime" ("valid_from");`);
    this.addSql(`alter table "regime" add constraint "regime_code_unique" unique ("code");`);

    this.addSql(`create table "information_meeting" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "department_id" uuid null, "date" date not null, "title" varchar(255) not null, "agenda" text null, constraint "information_meeting_pkey" primary key ("id"));`);
    this.addSql(`create index "information_meeting_department_id_index" on "information_meeting" ("department_id");`);
    this.addSql(`create index "information_meeting_date_index" on "information_meeting" ("date");`);

    this.addSql(`create table "commission" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "code" varchar(255) not null, "name" varchar(255) not null, "kind" text check ("kind" in ('CNAS', 'CLAS', 'SRIAS')) not null, "department_id" uuid null, "region_id" uuid null, "authority" text check ("authority" in ('SECRETARY_GENERAL', 'POLICE', 'GENDARMERIE', 'PREFECT')) null, constraint "commission_pkey" primary key ("id"));`);
    this.addSql(`create index "commission_valid_from_index" on "commission" ("valid_from");`);
    this.addSql(`alter table "commission" add constraint "commission_code_unique" unique ("code");`);
    this.addSql(`create index "commission_department_id_index" on "commission" ("department_id");`);
    this.addSql(`create index "commission_region_id_index" on "commission" ("region_id");`);

    this.addSql(`create table "commission_session" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "commission_id" uuid not null, "date" date not null, "agenda" text null, constraint "commission_session_pkey" primary key ("id"));`);
    this.addSql(`create index "commission_session_commission_id_index" on "commission_session" ("commission_id");`);
    this.addSql(`create index "commission_session_date_index" on "commission_session" ("date");`);

    this.addSql(`create table "opinion" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "subject" text check ("subject" in ('IMPLANTATION_MAP', 'CANDIDACY', 'ANNUAL_REPORT')) not null, "value" text check ("value" in ('FAVORABLE', 'RESERVED', 'UNFAVORABLE')) not null, "reasons" text null, "proposals" text null, constraint "opinion_pkey" primary key ("id"));`);
    this.addSql(`create index "opinion_session_id_index" on "opinion" ("session_id");`);

    this.addSql(`create table "annual_report" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "department_id" uuid not null, "year" int not null, "status" text check ("status" in ('DRAFT', 'PRESENTED')) not null default 'DRAFT', "narrative" text null, "opinion_id" uuid null, constraint "annual_report_pkey" primary key ("id"));`);
    this.addSql(`create index "annual_report_department_id_index" on "annual_report" ("department_id");`);
    this.addSql(`alter table "annual_report" add constraint "annual_report_department_id_year_unique" unique ("department_id", "year");`);

    this.addSql(`create table "implantation_map" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" varchar(255) not null, "department_id" uuid null, "authority" text check ("authority" in ('SECRETARY_GENERAL', 'POLICE', 'GENDARMERIE', 'PREFECT')) not null, "revision" int not null default 1, "previous_id" uuid null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'OPINION_GIVEN', 'ADOPTED', 'SUPERSEDED')) not null default 'DRAFT', "rationale" text null, "session_id" uuid null, "opinion_id" uuid null, "decision_reason" text null, "arrete_number" varchar(255) null, "arrete_date" date null, "arrete_signatory" varchar(255) null, "in_force_from" date null, "in_force_to" date null, constraint "implantation_map_pkey" primary key ("id"));`);
    this.addSql(`create index "implantation_map_department_id_index" on "implantation_map" ("department_id");`);
    this.addSql(`create index "implantation_map_in_force_from_index" on "implantation_map" ("in_force_from");`);

    this.addSql(`create table "candidate_call" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" varchar(255) not null, "map_id" uuid not null, "opening_date" date not null, "closing_date" date not null, "job_description" text null, constraint "candidate_call_pkey" primary key ("id"));`);
    this.addSql(`create index "candidate_call_map_id_index" on "candidate_call" ("map_id");`);

    this.addSql(`create table "implantation_map_entry" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "map_id" uuid not null, "service_id" uuid not null, "required_count" int not null, "note" text null, constraint "implantation_map_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "implantation_map_entry_map_id_index" on "implantation_map_entry" ("map_id");`);
    this.addSql(`create index "implantation_map_entry_service_id_index" on "implantation_map_entry" ("service_id");`);
    this.addSql(`alter table "implantation_map_entry" add constraint "implantation_map_entry_map_id_service_id_unique" unique ("map_id", "service_id");`);

    this.addSql(`create table "candidate_call_services" ("candidate_call_id" uuid not null, "service_id" uuid not null, constraint "candidate_call_services_pkey" primary key ("candidate_call_id", "service_id"));`);

    this.addSql(`create table "information_meeting_attendance" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" uuid not null, "agent_id" uuid not null, constraint "information_meeting_attendance_pkey" primary key ("id"));`);
    this.addSql(`create index "information_meeting_attendance_meeting_id_index" on "information_meeting_attendance" ("meeting_id");`);
    this.addSql(`create index "information_meeting_attendance_agent_id_index" on "information_meeting_attendance" ("agent_id");`);
    this.addSql(`alter table "information_meeting_attendance" add constraint "information_meeting_attendance_meeting_id_agent_id_unique" unique ("meeting_id", "agent_id");`);

    this.addSql(`create table "commission_member" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "valid_from" date not null, "valid_to" date null, "commission_id" uuid not null, "agent_id" uuid not null, "role" text check ("role" in ('TITULAIRE', 'SUPPLEANT', 'EX_OFFICIO', 'EXPERT')) not null, constraint "commission_member_pkey" primary key ("id"));`);
    this.addSql(`create index "commission_member_valid_from_index" on "commission_member" ("valid_from");`);
    this.addSql(`create index "commission_member_commission_id_index" on "commission_member" ("commission_id");`);
    this.addSql(`create index "commission_member_agent_id_index" on "commission_member" ("agent_id");`);

    this.addSql(`create table "candidacy" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "call_id" uuid not null, "agent_id" uuid not null, "service_id" uuid not null, "filed_on" date not null, "regime_id" uuid not null, "status" text check ("status" in ('FILED', 'HEAD_OPINION_GIVEN', 'COMMISSION_OPINION_GIVEN', 'APPOINTED', 'NOT_SELECTED', 'WITHDRAWN')) not null default 'FILED', "motivation" text null, "grade_at_filing" varchar(255) not null, "status_at_filing" text check ("status_at_filing" in ('TITULAIRE', 'STAGIAIRE', 'CONTRACTUEL')) not null, "service_at_filing_id" uuid null, "mobility_plan_date_at_filing" date null, "mobility_plan_kind_at_filing" text check ("mobility_plan_kind_at_filing" in ('TRANSFER', 'SECONDMENT', 'END_OF_CONTRACT')) null, "head_of_service_name" varchar(255) null, "head_opinion" text check ("head_opinion" in ('FAVORABLE', 'RESERVED', 'UNFAVORABLE')) null, "head_opinion_reasons" text null, "head_opinion_on" date null, "commission_opinion_id" uuid null, "closed_on" date null, "outcome_reason" text null, constraint "candidacy_pkey" primary key ("id"));`);
    this.addSql(`create index "candidacy_call_id_index" on "candidacy" ("call_id");`);
    this.addSql(`create index "candidacy_agent_id_index" on "candidacy" ("agent_id");`);
    this.addSql(`create index "candidacy_service_id_index" on "candidacy" ("service_id");`);

    this.addSql(`create table "appointment" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "candidacy_id" uuid null, "agent_id" uuid not null, "map_id" uuid not null, "regime_id" uuid not null, "status" text check ("status" in ('PENDING_LETTER', 'EFFECTIVE', 'ENDED')) not null default 'PENDING_LETTER', "interview_date" date not null, "joint_interview" boolean not null, "arrete_kind" text check ("arrete_kind" in ('MINISTERIAL', 'PREFECTORAL')) not null, "arrete_number" varchar(255) not null, "arrete_date" date not null, "arrete_signatory" varchar(255) not null, "start_date" date not null, "end_date" date null, "end_reason" text check ("end_reason" in ('TERM', 'RESIGNATION', 'LEFT_SERVICE', 'REVOCATION')) null, "decision_reason" text null, "mobility_acknowledged_reason" text null, constraint "appointment_pkey" primary key ("id"));`);
    this.addSql(`alter table "appointment" add constraint "appointment_candidacy_id_unique" unique ("candidacy_id");`);
    this.addSql(`create index "appointment_agent_id_index" on "appointment" ("agent_id");`);
    this.addSql(`create index "appointment_map_id_index" on "appointment" ("map_id");`);
    this.addSql(`create index "appointment_start_date_index" on "appointment" ("start_date");`);

    this.addSql(`create table "mission_letter" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "appointment_id" uuid not null, "revision" int not null default 1, "previous_id" uuid null, "status" text check ("status" in ('DRAFT', 'PARTIALLY_SIGNED', 'SIGNED', 'SUPERSEDED')) not null default 'DRAFT', "time_credit_amount" double precision null, "time_credit_unit" text check ("time_credit_unit" in ('HOURS_PER_WEEK', 'HOURS_PER_MONTH', 'FRACTION_OF_WORKING_TIME')) null, "historical" boolean not null default false, "historical_time_credit" text null, "means" text null, "dedicated_email" varchar(255) null, "training_modalities" text null, "annual_interview_mention" boolean not null default true, "organigramme_placement" text null, "agent_signed_on" date null, "head_of_service_signed_on" date null, "head_of_service_name" varchar(255) null, "social_action_head_signed_on" date null, "social_action_head_name" varchar(255) null, "signed_on" date null, constraint "mission_letter_pkey" primary key ("id"));`);
    this.addSql(`create index "mission_letter_appointment_id_index" on "mission_letter" ("appointment_id");`);
    this.addSql(`create index "mission_letter_signed_on_index" on "mission_letter" ("signed_on");`);
    this.addSql(`alter table "mission_letter" add constraint "mission_letter_appointment_id_revision_unique" unique ("appointment_id", "revision");`);

    this.addSql(`create table "field_report" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "appointment_id" uuid not null, "date" date not null, "topic" varchar(255) not null, "text" text not null, "difficulty" boolean not null default false, "follow_up" text null, "follow_up_on" date null, constraint "field_report_pkey" primary key ("id"));`);
    this.addSql(`create index "field_report_appointment_id_index" on "field_report" ("appointment_id");`);
    this.addSql(`create index "field_report_date_index" on "field_report" ("date");`);

    this.addSql(`create table "appointment_services" ("appointment_id" uuid not null, "service_id" uuid not null, constraint "appointment_services_pkey" primary key ("appointment_id", "service_id"));`);

    this.addSql(`create table "session_attendance" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "agent_id" uuid not null, "capacity" text check ("capacity" in ('OBSERVER', 'EXPERT')) not null, "requested_by_id" uuid null, constraint "session_attendance_pkey" primary key ("id"));`);
    this.addSql(`create index "session_attendance_session_id_index" on "session_attendance" ("session_id");`);
    this.addSql(`create index "session_attendance_agent_id_index" on "session_attendance" ("agent_id");`);
    this.addSql(`alter table "session_attendance" add constraint "session_attendance_session_id_agent_id_unique" unique ("session_id", "agent_id");`);

    this.addSql(`create table "status_change" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "entity_name" varchar(255) not null, "entity_id" uuid not null, "from_status" varchar(255) null, "to_status" varchar(255) not null, "action" varchar(255) not null, "effective_on" date not null, "reason" text null, constraint "status_change_pkey" primary key ("id"));`);
    this.addSql(`create index "status_change_entity_name_entity_id_effective_on_index" on "status_change" ("entity_name", "entity_id", "effective_on");`);

    this.addSql(`create table "training" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "agent_id" uuid not null, "kind" text check ("kind" in ('INITIAL_ELEARNING', 'CONTINUING')) not null, "title" varchar(255) not null, "date" date not null, "hours" double precision null, constraint "training_pkey" primary key ("id"));`);
    this.addSql(`create index "training_agent_id_index" on "training" ("agent_id");`);
    this.addSql(`create index "training_date_index" on "training" ("date");`);

    this.addSql(`alter table "information_meeting" add constraint "information_meeting_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "commission" add constraint "commission_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "commission" add constraint "commission_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "commission_session" add constraint "commission_session_commission_id_foreign" foreign key ("commission_id") references "commission" ("id") on update cascade;`);

    this.addSql(`alter table "opinion" add constraint "opinion_session_id_foreign" foreign key ("session_id") references "commission_session" ("id") on update cascade;`);

    this.addSql(`alter table "annual_report" add constraint "annual_report_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade;`);
    this.addSql(`alter table "annual_report" add constraint "annual_report_opinion_id_foreign" foreign key ("opinion_id") references "opinion" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "implantation_map" add constraint "implantation_map_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "implantation_map" add constraint "implantation_map_previous_id_foreign" foreign key ("previous_id") references "implantation_map" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "implantation_map" add constraint "implantation_map_session_id_foreign" foreign key ("session_id") references "commission_session" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "implantation_map" add constraint "implantation_map_opinion_id_foreign" foreign key ("opinion_id") references "opinion" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "candidate_call" add constraint "candidate_call_map_id_foreign" foreign key ("map_id") references "implantation_map" ("id") on update cascade;`);

    this.addSql(`alter table "implantation_map_entry" add constraint "implantation_map_entry_map_id_foreign" foreign key ("map_id") references "implantation_map" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "implantation_map_entry" add constraint "implantation_map_entry_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade;`);

    this.addSql(`alter table "candidate_call_services" add constraint "candidate_call_services_candidate_call_id_foreign" foreign key ("candidate_call_id") references "candidate_call" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "candidate_call_services" add constraint "candidate_call_services_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "information_meeting_attendance" add constraint "information_meeting_attendance_meeting_id_foreign" foreign key ("meeting_id") references "information_meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "information_meeting_attendance" add constraint "information_meeting_attendance_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade;`);

    this.addSql(`alter table "commission_member" add constraint "commission_member_commission_id_foreign" foreign key ("commission_id") references "commission" ("id") on update cascade;`);
    this.addSql(`alter table "commission_member" add constraint "commission_member_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade;`);

    this.addSql(`alter table "candidacy" add constraint "candidacy_call_id_foreign" foreign key ("call_id") references "candidate_call" ("id") on update cascade;`);
    this.addSql(`alter table "candidacy" add constraint "candidacy_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade;`);
    this.addSql(`alter table "candidacy" add constraint "candidacy_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade;`);
    this.addSql(`alter table "candidacy" add constraint "candidacy_regime_id_foreign" foreign key ("regime_id") references "regime" ("id") on update cascade;`);
    this.addSql(`alter table "candidacy" add constraint "candidacy_service_at_filing_id_foreign" foreign key ("service_at_filing_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "candidacy" add constraint "candidacy_commission_opinion_id_foreign" foreign key ("commission_opinion_id") references "opinion" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "appointment" add constraint "appointment_candidacy_id_foreign" foreign key ("candidacy_id") references "candidacy" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "appointment" add constraint "appointment_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_map_id_foreign" foreign key ("map_id") references "implantation_map" ("id") on update cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_regime_id_foreign" foreign key ("regime_id") references "regime" ("id") on update cascade;`);

    this.addSql(`alter table "mission_letter" add constraint "mission_letter_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade;`);
    this.addSql(`alter table "mission_letter" add constraint "mission_letter_previous_id_foreign" foreign key ("previous_id") references "mission_letter" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "field_report" add constraint "field_report_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade;`);

    this.addSql(`alter table "appointment_services" add constraint "appointment_services_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appointment_services" add constraint "appointment_services_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session_attendance" add constraint "session_attendance_session_id_foreign" foreign key ("session_id") references "commission_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session_attendance" add constraint "session_attendance_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade;`);
    this.addSql(`alter table "session_attendance" add constraint "session_attendance_requested_by_id_foreign" foreign key ("requested_by_id") references "commission_member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "training" add constraint "training_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade;`);

    this.addSql(`create table "appointment_sites" ("appointment_id" uuid not null, "service_site_id" uuid not null, constraint "appointment_sites_pkey" primary key ("appointment_id", "service_site_id"));`);
    this.addSql(`alter table "appointment_sites" add constraint "appointment_sites_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appointment_sites" add constraint "appointment_sites_service_site_id_foreign" foreign key ("service_site_id") references "service_site" ("id") on update cascade on delete cascade;`);

    // The two regimes, configurable afterwards: the texts give the acts' dates, not their entry into force (DOMAIN.md §4).
    this.addSql(`insert into "regime" ("id", "version", "created_at", "updated_at", "valid_from", "valid_to", "code", "name", "legal_basis",
        "titular_only", "excludes_clas_members", "mobility_criterion", "joint_interview", "ministerial_for_central", "precise_time_credit") values
      (gen_random_uuid(), 1, now(), now(), '2008-01-01', '2026-02-11', '2007', 'Régime de 2007',
        'Arrêté NOR/INT/A/07/30085/A du 31 décembre 2007 et circulaire NOR/INT/A/07/00130/C du 31 décembre 2007', true, false, false, false, false, false),
      (gen_random_uuid(), 1, now(), now(), '2026-02-12', null, '2026', 'Régime de 2026',
        'Arrêté et circulaire du 12 février 2026 relatifs aux correspondants de l’action sociale du ministère de l’Intérieur (abrogeant l’arrêté du 31 décembre 2007)', false, true, true, true, true, true);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "appointment_sites" cascade;`);
    this.addSql(`alter table "candidacy" drop constraint "candidacy_regime_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_regime_id_foreign";`);

    this.addSql(`alter table "information_meeting_attendance" drop constraint "information_meeting_attendance_meeting_id_foreign";`);

    this.addSql(`alter table "commission_session" drop constraint "commission_session_commission_id_foreign";`);

    this.addSql(`alter table "commission_member" drop constraint "commission_member_commission_id_foreign";`);

    this.addSql(`alter table "opinion" drop constraint "opinion_session_id_foreign";`);

    this.addSql(`alter table "implantation_map" drop constraint "implantation_map_session_id_foreign";`);

    this.addSql(`alter table "session_attendance" drop constraint "session_attendance_session_id_foreign";`);

    this.addSql(`alter table "annual_report" drop constraint "annual_report_opinion_id_foreign";`);

    this.addSql(`alter table "implantation_map" drop constraint "implantation_map_opinion_id_foreign";`);

    this.addSql(`alter table "candidacy" drop constraint "candidacy_commission_opinion_id_foreign";`);

    this.addSql(`alter table "implantation_map" drop constraint "implantation_map_previous_id_foreign";`);

    this.addSql(`alter table "candidate_call" drop constraint "candidate_call_map_id_foreign";`);

    this.addSql(`alter table "implantation_map_entry" drop constraint "implantation_map_entry_map_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_map_id_foreign";`);

    this.addSql(`alter table "candidate_call_services" drop constraint "candidate_call_services_candidate_call_id_foreign";`);

    this.addSql(`alter table "candidacy" drop constraint "candidacy_call_id_foreign";`);

    this.addSql(`alter table "session_attendance" drop constraint "session_attendance_requested_by_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_candidacy_id_foreign";`);

    this.addSql(`alter table "mission_letter" drop constraint "mission_letter_appointment_id_foreign";`);

    this.addSql(`alter table "field_report" drop constraint "field_report_appointment_id_foreign";`);

    this.addSql(`alter table "appointment_services" drop constraint "appointment_services_appointment_id_foreign";`);

    this.addSql(`alter table "mission_letter" drop constraint "mission_letter_previous_id_foreign";`);

    this.addSql(`drop table if exists "regime" cascade;`);

    this.addSql(`drop table if exists "information_meeting" cascade;`);

    this.addSql(`drop table if exists "commission" cascade;`);

    this.addSql(`drop table if exists "commission_session" cascade;`);

    this.addSql(`drop table if exists "opinion" cascade;`);

    this.addSql(`drop table if exists "annual_report" cascade;`);

    this.addSql(`drop table if exists "implantation_map" cascade;`);

    this.addSql(`drop table if exists "candidate_call" cascade;`);

    this.addSql(`drop table if exists "implantation_map_entry" cascade;`);

    this.addSql(`drop table if exists "candidate_call_services" cascade;`);

    this.addSql(`drop table if exists "information_meeting_attendance" cascade;`);

    this.addSql(`drop table if exists "commission_member" cascade;`);

    this.addSql(`drop table if exists "candidacy" cascade;`);

    this.addSql(`drop table if exists "appointment" cascade;`);

    this.addSql(`drop table if exists "mission_letter" cascade;`);

    this.addSql(`drop table if exists "field_report" cascade;`);

    this.addSql(`drop table if exists "appointment_services" cascade;`);

    this.addSql(`drop table if exists "session_attendance" cascade;`);

    this.addSql(`drop table if exists "status_change" cascade;`);

    this.addSql(`drop table if exists "training" cascade;`);
  }

}
