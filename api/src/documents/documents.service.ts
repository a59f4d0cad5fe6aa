import { type AutoPath, type EntityClass, type FilterQuery, type Loaded, wrap } from '@mikro-orm/core';
import type { Context } from '../context';
import { Candidacy } from '../correspondents/candidacies/candidacy.entity';
import { arreteKindOf } from '../correspondents/candidacies/candidacy.workflow';
import { AnnualReport } from '../correspondents/indicators/annual-report.entity';
import { Appointment } from '../correspondents/appointments/appointment.entity';
import { CandidacyStatus, ImplantationMapStatus } from '../correspondents/enums';
import { ImplantationMap } from '../correspondents/maps/implantation-map.entity';
import { ImplantationMapEntry } from '../correspondents/maps/implantation-map-entry.entity';
import { activityOf, nationalSynthesis } from '../correspondents/indicators/indicators.service';
import { MissionLetter } from '../correspondents/appointments/mission-letter.entity';
import { Regime } from '../correspondents/appointments/regime.entity';
import type { Agent } from '../referential/agent.entity';
import { Department } from '../referential/department.entity';
import { ROLE_LABELS } from '../access/roles';
import { forbidden } from '../access/access';
import { validOn } from '../shared/dated';
import { DomainError, notFound, violation } from '../shared/errors';
import { isUuid } from '../shared/ids';
import { currentRequest } from '../shared/request-scope';
import { type IsoDate, today } from '../shared/scalars';
import type { AppointmentArreteFacts } from './appointment-arrete.document';
import type { AnnualReportFacts, NationalSynthesisFacts } from './activity-report.document';
import { NationalSynthesisReport } from '../national-synthesis/national-synthesis-report.entity';
import { NetworkReport } from '../network-reports/network-report.entity';
import { presentationBody, reportPeriod } from '../network-reports/network-reports.rules';
import { reportDepartmentId } from '../network-reports/network-reports.repository';
import { reportFigures } from '../network-reports/network-reports.service';
import type { NetworkReportFacts } from './network-report.document';
import type { MapArreteFacts } from './map-arrete.document';

/*
 * What each document shows, read through the request's EntityManager: the access policy's scope filter applies to
 * every read, so a record outside the caller's perimeter is not found, exactly as in GraphQL (README « Access »).
 */

const department = (d: Department | null) => (d ? { code: d.code, name: d.name } : null);
const regimeOn = (ctx: Context, date: IsoDate) => ctx.em.findOneOrFail(Regime, validOn<Regime>(date));

/**
 * A record the document prints but the caller may not read (a correspondent since assigned to a service outside the
 * caller's perimeter) is left out by the scope filter when populated (null, or an uninitialised reference): GraphQL
 * withholds such a reference; a document that would have to name it is refused, saying why.
 */
function visible<T extends object>(record: T | null | undefined, label: string): T {
  if (!record || !wrap(record).isInitialized()) {
    throw new DomainError('FORBIDDEN', [
      violation(
        'id',
        'DOCUMENT_REFERENCE_WITHHELD',
        `Document non établi : « ${label} » est hors de votre périmètre ou du champ de vos conventions, et le document le nomme. Un administrateur dont le périmètre le couvre peut l’établir.`,
      ),
    ]);
  }
  return record;
}

/** The correspondent a document names, if the caller may read them; the names printed are logged like a GraphQL read. */
function named(agent: Agent): Agent {
  visible(agent, 'Correspondant');
  const reads = currentRequest()?.personalReads;
  for (const field of ['firstName', 'lastName']) reads?.note('Agent', agent.id, field);
  return agent;
}

/**
 * The record the caller may see, then what the document shows of it. The record is read alone first: a populated
 * read joins the scope filter of every relation, and MikroORM 6.6 writes an empty `in ()` for a partner ministry that
 * sees none (a syntax error); a record the caller cannot see is not found before any join is made.
 */
async function found<T extends object, P extends string>(
  ctx: Context,
  entity: EntityClass<T>,
  label: string,
  id: string,
  populate: AutoPath<T, P>[],
): Promise<Loaded<T, P>> {
  const record = isUuid(id) ? await ctx.em.findOne(entity, { id } as FilterQuery<T>) : null;
  if (!record) throw notFound(label, id);
  return ctx.em.populate(record, populate as never) as Promise<Loaded<T, P>>;
}

export async function loadMissionLetter(ctx: Context, id: string): Promise<MissionLetter> {
  const letter = await found(ctx, MissionLetter, 'Lettre de mission', id, [
    'appointment.services',
    'appointment.sites',
    'appointment.regime',
    'appointment.map.department',
  ]);
  // The correspondent apart: joined with the appointment, a correspondent out of scope would drop the appointment too.
  await ctx.em.populate(letter.appointment, ['agent']);
  named(letter.appointment.agent);
  return letter;
}

/** The appointing arrêté as recorded on the appointment: number, date, authority and signatory. */
export async function loadAppointmentArrete(ctx: Context, id: string): Promise<AppointmentArreteFacts> {
  const a = await found(ctx, Appointment, 'Nomination', id, [
    'agent.service',
    'services',
    'map.department',
    'regime',
    'arreteAuthorityDepartment',
    'candidacy.service',
    'candidacy.call',
    'candidacy.commissionOpinion.session.commission',
  ]);
  named(a.agent);
  const c = a.candidacy;
  return {
    act: {
      number: a.arreteNumber,
      date: a.arreteDate,
      signatory: { name: a.arreteSignatory, capacity: a.arreteSignatoryCapacity, title: a.arreteSignatoryTitle },
    },
    authority: a.arreteAuthority,
    department: department(a.arreteAuthorityDepartment ?? a.map.department),
    arreteKind: a.arreteKind,
    regime: a.regime,
    agent: {
      name: `${a.agent.firstName} ${a.agent.lastName}`,
      grade: c?.gradeAtFiling ?? a.agent.grade,
      service: (c?.service ?? visible(a.agent.service, 'Service d’affectation')).name,
    },
    services: a.services.getItems().map((s) => s.name),
    map: { title: a.map.title, arreteNumber: a.map.arreteNumber, arreteDate: a.map.arreteDate },
    call: c ? { title: c.call.title, openingDate: c.call.openingDate, closingDate: c.call.closingDate } : null,
    headOpinion: c?.headOpinion ? { value: c.headOpinion, on: c.headOpinionOn, by: c.headOfServiceName } : null,
    commissionOpinion: c?.commissionOpinion
      ? {
          value: c.commissionOpinion.value,
          commission: c.commissionOpinion.session.commission.name,
          sessionDate: c.commissionOpinion.session.date,
        }
      : null,
    interviewDate: a.interviewDate,
    startDate: a.startDate,
  };
}

/**
 * The draft arrêté of a candidacy the commission has given its opinion on: the map's authority, the regime in force
 * today (the arrêté is not dated yet), number, date and signature left blank.
 */
export async function loadDraftAppointmentArrete(ctx: Context, id: string): Promise<AppointmentArreteFacts> {
  const c = await found(ctx, Candidacy, 'Candidature', id, [
    'agent',
    'service',
    'call.map.department',
    'commissionOpinion.session.commission',
  ]);
  if (c.status !== CandidacyStatus.COMMISSION_OPINION_GIVEN) {
    throw new DomainError('CONFLICT', [
      violation(
        'id',
        'DOCUMENT_DRAFT_ARRETE_STATUS',
        c.status === CandidacyStatus.APPOINTED
          ? 'Cette candidature a donné lieu à une nomination : téléchargez l’arrêté depuis la fiche de la nomination.'
          : 'Le projet d’arrêté de nomination se prépare une fois l’avis de la commission rendu sur la candidature [circulaire du 12 février 2026, §2.2] : enregistrez d’abord cet avis.',
      ),
    ]);
  }
  named(c.agent);
  const map = c.call.map;
  const regime = await regimeOn(ctx, today());
  return {
    act: { number: null, date: null, signatory: null },
    authority: map.authority,
    department: department(map.department),
    arreteKind: arreteKindOf(regime, map.authority),
    regime,
    agent: { name: `${c.agent.firstName} ${c.agent.lastName}`, grade: c.gradeAtFiling, service: c.service.name },
    services: [c.service.name],
    map: { title: map.title, arreteNumber: map.arreteNumber, arreteDate: map.arreteDate },
    call: { title: c.call.title, openingDate: c.call.openingDate, closingDate: c.call.closingDate },
    headOpinion: c.headOpinion ? { value: c.headOpinion, on: c.headOpinionOn, by: c.headOfServiceName } : null,
    commissionOpinion: c.commissionOpinion
      ? {
          value: c.commissionOpinion.value,
          commission: c.commissionOpinion.session.commission.name,
          sessionDate: c.commissionOpinion.session.date,
        }
      : null,
    interviewDate: null,
    startDate: null,
  };
}

/** The map's arrêté: as adopted, or the draft of a map not adopted yet (under the regime in force today). */
export async function loadMapArrete(ctx: Context, id: string): Promise<MapArreteFacts> {
  const map = await found(ctx, ImplantationMap, 'Carte d’implantation', id, ['department', 'opinion.session.commission', 'previous']);
  const entries = await ctx.em.find(
    ImplantationMapEntry,
    { map: id },
    { populate: ['service'], orderBy: { service: { name: 'asc' }, id: 'asc' } },
  );
  const adopted = map.status === ImplantationMapStatus.ADOPTED || map.status === ImplantationMapStatus.SUPERSEDED;
  const regime = await regimeOn(ctx, (adopted && map.arreteDate) || today());
  const opinion = map.opinion;
  return {
    title: map.title,
    revision: map.revision,
    act: adopted
      ? { number: map.arreteNumber, date: map.arreteDate, signatory: map.arreteSignatory }
      : { number: null, date: null, signatory: null },
    authority: map.authority,
    department: department(map.department),
    regime,
    rationale: map.rationale,
    opinion: opinion
      ? { value: opinion.value, commission: opinion.session.commission.name, sessionDate: opinion.session.date, reasons: opinion.reasons }
      : null,
    decisionReason: map.decisionReason,
    previous: map.previous
      ? { revision: map.previous.revision, arreteNumber: map.previous.arreteNumber, arreteDate: map.previous.arreteDate }
      : null,
    entries: entries.map((e) => ({ service: e.service.name, requiredCount: e.requiredCount, note: e.note })),
  };
}

export async function loadAnnualReport(ctx: Context, id: string): Promise<AnnualReportFacts> {
  const report = await found(ctx, AnnualReport, 'Rapport annuel', id, ['department', 'opinion.session.commission']);
  const opinion = report.opinion;
  return {
    year: report.year,
    department: department(report.department)!,
    status: report.status,
    narrative: report.narrative,
    opinion: opinion
      ? {
          value: opinion.value,
          reasons: opinion.reasons,
          proposals: opinion.proposals,
          commission: opinion.session.commission.name,
          sessionDate: opinion.session.date,
        }
      : null,
    figures: await activityOf(ctx, report.year, report.department.id),
    regime: await regimeOn(ctx, `${report.year}-12-31`),
  };
}

/**
 * The national synthesis of a year, for the CNAS [001 §2.7]: every department's figures. Only for a caller who sees
 * every department — for anyone else it would be a partial sum under a national title.
 */
export async function loadNationalSynthesis(ctx: Context, yearText: string): Promise<NationalSynthesisFacts> {
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 2008 || year > 2100) throw notFound('Synthèse nationale', yearText);
  if ((await ctx.access.visibleDepartmentIds()) !== null) {
    throw forbidden(
      'year',
      `La synthèse nationale porte sur tous les départements : votre rôle (${ROLE_LABELS[ctx.access.role]}) n’en voit qu’une partie. Téléchargez les rapports annuels de vos départements.`,
    );
  }
  const synthesis = await nationalSynthesis(ctx, year);
  const record = await ctx.em.findOne(NationalSynthesisReport, { year }, { populate: ['opinion.session'] });
  const opinion = record?.opinion;
  const departments = await ctx.em.find(Department, { id: { $in: synthesis.departments.map((d) => d.department.id) } });
  const byId = new Map(departments.map((d) => [d.id, d]));
  return {
    year,
    totals: synthesis.totals,
    departments: synthesis.departments
      .map((d) => ({ code: byId.get(d.department.id)!.code, name: byId.get(d.department.id)!.name, figures: d.figures }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    regime: await regimeOn(ctx, `${year}-12-31`),
    narrative: record?.narrative ?? null,
    presentation: opinion
      ? { sessionDate: opinion.session.date, value: opinion.value, reasons: opinion.reasons, proposals: opinion.proposals }
      : null,
  };
}

/** A report of the social service network (an ASS's yearly report above all) with its figures for its period [004 §II.1–3]. */
export async function loadNetworkReport(ctx: Context, id: string): Promise<NetworkReportFacts> {
  const report = await found(ctx, NetworkReport, 'Rapport du réseau', id, ['post']);
  const period = reportPeriod(report.year, report.quarter);
  // The department of the post during the report's period, not of its residence today (issue 17).
  const departmentId = await reportDepartmentId(ctx.em, report.post.id, report.kind, period);
  return {
    kind: report.kind,
    post: { code: report.post.code, title: report.post.title },
    department: department(departmentId ? await ctx.em.findOne(Department, { id: departmentId }) : null),
    year: report.year,
    quarter: report.quarter,
    period,
    submittedOn: report.submittedOn,
    presentedOn: report.presentedOn,
    presentationBody: presentationBody(report.presentedOn),
    narrative: report.narrative,
    figures: await reportFigures(ctx, report),
  };
}
