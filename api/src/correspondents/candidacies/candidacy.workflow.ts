import { ServiceSite } from '../../referential/service-site.entity';
import { Service } from '../../referential/service.entity';
import { isUuid } from '../../shared/ids';
import type { Context } from '../../context';
import { DesignatingAuthority } from '../../referential/enums';
import { errorsOf, validationFailed, violation, type Violation } from '../../shared/errors';
import { currentRequest } from '../../shared/request-scope';
import { onRecord, recordCreation, recordTransition } from '../../shared/workflow/status-history';
import { transition } from '../../shared/workflow/workflow';
import { Appointment } from '../appointments/appointment.entity';
import { Candidacy } from './candidacy.entity';
import { dateOrderRule, departureRule, requiredTextRule } from '../correspondents.rules';
import type { AppointCandidateInput, CloseCandidacyInput, HeadOpinionInput } from '../correspondents.types';
import { checkEligibility, loadEligibility, mapInForce } from './eligibility.repository';
import { AppointmentEndReason, ArreteKind, SignatoryCapacity } from '../enums';
import { arreteAuthorityRule, signatoryRule } from '../appointments/arrete.rules';
import { perimeterOf } from '../maps/implantation-map.workflow';
import type { Regime } from '../appointments/regime.entity';
import { appointmentMachine, candidacyMachine } from '../workflow.rules';
import { frCount, frDate } from '../../shared/french';

const LABEL = 'Candidature';

/** Throws the errors; passes the warnings on to the response. */
function settle(violations: Violation[]): void {
  const errors = errorsOf(violations);
  if (errors.length) throw validationFailed(errors);
  currentRequest()?.warnings.push(...violations.map(({ field, code, message, severity }) => ({ field, code, message, severity })));
}

/** FILED → HEAD_OPINION_GIVEN: candidacies reach the social action service under cover of the head of service, with a reasoned opinion [001 §2.2]. */
export function giveHeadOpinion(ctx: Context, id: string, version: number, input: HeadOpinionInput) {
  return onRecord(ctx, Candidacy, LABEL, id, version, (em, candidacy) => {
    const to = transition(candidacyMachine, candidacy.status, 'GIVE_HEAD_OPINION');
    settle([
      ...requiredTextRule(
        'reasons',
        input.reasons,
        'L’avis du chef de service est motivé : indiquez ses motifs [circulaire du 12 février 2026, §2.2].',
      ),
      ...dateOrderRule(
        'on',
        candidacy.filedOn,
        input.on,
        `L’avis (${frDate(input.on)}) ne peut précéder le dépôt de la candidature (${frDate(candidacy.filedOn)}) : corrigez la date de l’avis.`,
      ),
    ]);
    Object.assign(candidacy, {
      headOpinion: input.value,
      headOpinionReasons: input.reasons,
      headOpinionOn: input.on,
      headOfServiceName: input.headOfServiceName ?? candidacy.headOfServiceName,
    });
    recordTransition(em, candidacy, to, 'GIVE_HEAD_OPINION', input.on);
    return candidacy;
  });
}

/** The kind of the appointing act: ministerial for central services under the 2026 regime, else prefectoral [000; 002 §2.2]. */
export const arreteKindOf = (regime: Regime, authority: DesignatingAuthority) =>
  regime.ministerialForCentral && authority !== DesignatingAuthority.PREFECT ? ArreteKind.MINISTERIAL : ArreteKind.PREFECTORAL;

/**
 * COMMISSION_OPINION_GIVEN → APPOINTED, creating the appointment (PENDING_LETTER until its letter is signed).
 * Eligibility is checked again on the arrêté's date, under the regime in force that day.
 */
export function appointCandidate(ctx: Context, id: string, version: number, input: AppointCandidateInput) {
  return onRecord(ctx, Candidacy, LABEL, id, version, async (em, candidacy) => {
    const to = transition(candidacyMachine, candidacy.status, 'APPOINT');
    await em.populate(candidacy, ['call.map.department', 'commissionOpinion.session']);
    const perimeter = perimeterOf(candidacy.call.map);
    const batch = await loadEligibility(em, [candidacy.agent.id]);
    const { regime, violations } = checkEligibility(batch, {
      stage: 'APPOINTMENT',
      agentId: candidacy.agent.id,
      date: input.arreteDate,
      filedOn: candidacy.filedOn,
      perimeter,
      mobilityPlanAtFiling: candidacy.mobilityPlanDateAtFiling,
      mobilityAcknowledgedReason: input.mobilityAcknowledgedReason,
    });
    const map = mapInForce(batch, perimeter, input.arreteDate);
    const serviceIds = input.serviceIds?.length ? input.serviceIds : [candidacy.service.id];
    const outside = map ? serviceIds.filter((s) => !map.serviceIds.has(s)) : [];
    const startDate = input.startDate ?? input.arreteDate;
    const sites = input.siteIds?.length ? await em.find(ServiceSite, { id: { $in: input.siteIds.filter(isUuid) } }) : [];
    const strangers = (input.siteIds ?? []).filter((s) => !sites.some((site) => site.id === s && serviceIds.includes(site.service.id)));
    const capacity = input.arreteSignatoryCapacity ?? SignatoryCapacity.AUTHORITY;
    const mapDepartment = candidacy.call.map.department;
    settle([
      ...violations,
      ...arreteAuthorityRule(
        { ...perimeter, departmentName: mapDepartment ? `${mapDepartment.name} (${mapDepartment.code})` : null },
        { authority: input.arreteAuthority, departmentId: input.arreteAuthorityDepartmentId },
      ),
      ...signatoryRule(input.arreteSignatory, capacity, input.arreteSignatoryTitle),
      ...departureRule(candidacy.commissionOpinion?.value, 'FOR', input.decisionReason, 'decisionReason'),
      ...dateOrderRule(
        'arreteDate',
        candidacy.commissionOpinion?.session.date,
        input.arreteDate,
        `L’arrêté (${frDate(input.arreteDate)}) ne peut précéder l’avis de la commission (${frDate(candidacy.commissionOpinion?.session.date)}) : corrigez la date de l’arrêté.`,
      ),
      ...dateOrderRule(
        'arreteDate',
        input.interviewDate,
        input.arreteDate,
        `L’arrêté (${frDate(input.arreteDate)}) doit suivre l’entretien (${frDate(input.interviewDate)}).`,
      ),
      ...dateOrderRule(
        'startDate',
        input.arreteDate,
        startDate,
        `La prise de fonctions (${frDate(startDate)}) ne peut précéder l’arrêté (${frDate(input.arreteDate)}) : corrigez l’une des deux dates.`,
      ),
      ...(regime?.jointInterview && !input.jointInterview
        ? [
            violation(
              'jointInterview',
              'APPOINTMENT_JOINT_INTERVIEW',
              `Régime ${regime.code} : l’entretien préalable est conjoint, avec le chef de service et le responsable du service d’action sociale [circulaire du 12 février 2026, §2.5].`,
            ),
          ]
        : []),
      ...(outside.length
        ? [
            violation(
              'serviceIds',
              'APPOINTMENT_SERVICE_NOT_ON_MAP',
              `${frCount(outside.length, 'service couvert ne figure pas', 'services couverts ne figurent pas')} sur la carte d’implantation en vigueur.`,
            ),
          ]
        : []),
      ...(strangers.length
        ? [
            violation(
              'siteIds',
              'APPOINTMENT_SITE_OUTSIDE_SERVICES',
              `${frCount(strangers.length, 'site n’appartient pas', 'sites n’appartiennent pas')} aux services couverts.`,
            ),
          ]
        : []),
    ]);
    const appointment = em.create(Appointment, {
      candidacy,
      agent: candidacy.agent,
      map: map!.map,
      regime: regime!,
      interviewDate: input.interviewDate,
      jointInterview: input.jointInterview,
      arreteKind: arreteKindOf(regime!, perimeter.authority),
      arreteNumber: input.arreteNumber,
      arreteDate: input.arreteDate,
      arreteAuthority: input.arreteAuthority!,
      arreteAuthorityDepartment: mapDepartment ?? null,
      arreteSignatory: input.arreteSignatory.trim(),
      arreteSignatoryCapacity: capacity,
      arreteSignatoryTitle: input.arreteSignatoryTitle?.trim() || null,
      startDate,
      decisionReason: input.decisionReason ?? null,
      mobilityAcknowledgedReason: input.mobilityAcknowledgedReason ?? null,
    });
    appointment.services.set(serviceIds.map((s) => em.getReference(Service, s)));
    appointment.sites.set(sites);
    Object.assign(candidacy, { closedOn: input.arreteDate, outcomeReason: input.decisionReason ?? null });
    recordTransition(em, candidacy, to, 'APPOINT', input.arreteDate, input.decisionReason ?? null);
    recordCreation(em, appointment, input.arreteDate, 'APPOINT');
    return appointment;
  });
}

/** COMMISSION_OPINION_GIVEN → NOT_SELECTED; against a favourable opinion, with its reason. */
export function notSelectCandidacy(ctx: Context, id: string, version: number, input: CloseCandidacyInput) {
  return onRecord(ctx, Candidacy, LABEL, id, version, async (em, candidacy) => {
    const to = transition(candidacyMachine, candidacy.status, 'NOT_SELECT');
    await em.populate(candidacy, ['commissionOpinion']);
    settle(departureRule(candidacy.commissionOpinion?.value, 'AGAINST', input.reason, 'reason'));
    Object.assign(candidacy, { closedOn: input.on, outcomeReason: input.reason ?? null });
    recordTransition(em, candidacy, to, 'NOT_SELECT', input.on, input.reason ?? null);
    return candidacy;
  });
}

/** The agent withdraws before the decision. */
export function withdrawCandidacy(ctx: Context, id: string, version: number, input: CloseCandidacyInput) {
  return onRecord(ctx, Candidacy, LABEL, id, version, (em, candidacy) => {
    const to = transition(candidacyMachine, candidacy.status, 'WITHDRAW');
    settle(
      dateOrderRule(
        'on',
        candidacy.filedOn,
        input.on,
        `Le retrait (${frDate(input.on)}) ne peut précéder le dépôt (${frDate(candidacy.filedOn)}) : corrigez la date du retrait.`,
      ),
    );
    Object.assign(candidacy, { closedOn: input.on, outcomeReason: input.reason ?? null });
    recordTransition(em, candidacy, to, 'WITHDRAW', input.on, input.reason ?? null);
    return candidacy;
  });
}

/** Ends an appointment (term, resignation, departure from the service, revocation: (design), the texts set no term). */
export function endAppointment(ctx: Context, id: string, version: number, endDate: string, endReason: AppointmentEndReason) {
  return onRecord(ctx, Appointment, 'Nomination', id, version, (em, appointment) => {
    const to = transition(appointmentMachine, appointment.status, 'END');
    settle(
      dateOrderRule(
        'endDate',
        appointment.startDate,
        endDate,
        `La fin (${frDate(endDate)}) ne peut précéder la prise de fonctions (${frDate(appointment.startDate)}) : corrigez la date de fin.`,
      ),
    );
    Object.assign(appointment, { endDate, endReason });
    recordTransition(em, appointment, to, 'END', endDate, endReason);
    return appointment;
  });
}
