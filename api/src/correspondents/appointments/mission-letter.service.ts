import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { emailRule } from '../../referential/referential.rules';
import { CrudService, type PreparedRow, valueOf } from '../../shared/crud.service';
import { errorsOf, validationFailed, violation, type Violation } from '../../shared/errors';
import { isUuid } from '../../shared/ids';
import { type IsoDate, today } from '../../shared/scalars';
import { onRecord, recordCreation, recordTransition } from '../../shared/workflow/status-history';
import { transition } from '../../shared/workflow/workflow';
import { Appointment } from './appointment.entity';
import { dateOrderRule, letterEditableRule, missionLetterRules } from '../correspondents.rules';
import type { MissionLetterInput } from '../correspondents.types';
import { AppointmentStatus, MissionLetterStatus, Signatory } from '../enums';
import { MissionLetter } from './mission-letter.entity';
import { appointmentMachine, missionLetterMachine as machine } from '../workflow.rules';
import { frDate } from '../../shared/french';

type Row = PreparedRow<MissionLetter, MissionLetterInput>;

interface LetterFacts {
  appointments: Map<string, Appointment>;
  /** Appointments that already have a letter: a new text is a revision. */
  withLetter: Set<string>;
}

async function letterFacts(em: EntityManager, rows: Row[]): Promise<LetterFacts> {
  const ids = [...new Set(rows.map((r) => valueOf(r, 'appointmentId')).filter(isUuid))];
  // One after the other: they share the transaction's connection.
  const appointments = await em.find(Appointment, { id: { $in: ids } }, { populate: ['regime'] });
  const letters = await em.find(MissionLetter, { appointment: { $in: ids } });
  return { appointments: new Map(appointments.map((a) => [a.id, a])), withLetter: new Set(letters.map((l) => l.appointment.id)) };
}

function letterRules(row: Row, facts: LetterFacts): Violation[] {
  const appointment = facts.appointments.get(valueOf(row, 'appointmentId') as string);
  const out = [
    ...letterEditableRule(row.existing?.status),
    ...emailRule(valueOf(row, 'dedicatedEmail') as string | null).map((v) => ({ ...v, field: 'dedicatedEmail' })),
  ];
  if (!appointment) return out;
  if (!row.existing && facts.withLetter.has(appointment.id)) {
    out.push(
      violation(
        'appointmentId',
        'MISSION_LETTER_EXISTS',
        'Cette nomination a déjà une lettre de mission : révisez-la (chaque version est conservée).',
      ),
    );
  }
  if (!row.existing && appointment.status === AppointmentStatus.ENDED) {
    out.push(violation('appointmentId', 'APPOINTMENT_ENDED', 'Cette nomination a pris fin.'));
  }
  const value = <T>(field: string, fallback: T) => (valueOf(row, field) ?? fallback) as T;
  out.push(
    ...missionLetterRules({
      timeCreditAmount: value('timeCreditAmount', null),
      timeCreditUnit: value('timeCreditUnit', null),
      historical: value('historical', false),
      historicalTimeCredit: value('historicalTimeCredit', null),
      annualInterviewMention: value('annualInterviewMention', true),
      preciseTimeCredit: appointment.regime.preciseTimeCredit,
    }),
  );
  return out;
}

export const missionLetters = new CrudService<MissionLetter, MissionLetterInput, LetterFacts>({
  entity: MissionLetter,
  label: 'Lettre de mission',
  fields: {
    appointmentId: 'Nomination',
    timeCreditAmount: 'Crédit de temps',
    timeCreditUnit: 'Unité du crédit de temps',
    historical: 'Archive historique (2007)',
    historicalTimeCredit: 'Crédit de temps (formulation d’origine)',
    means: 'Moyens',
    dedicatedEmail: 'Adresse de messagerie dédiée',
    trainingModalities: 'Formation',
    annualInterviewMention: 'Mention à l’entretien professionnel',
    organigrammePlacement: 'Place dans l’organigramme',
    headOfServiceName: 'Chef de service',
    socialActionHeadName: 'Responsable du service d’action sociale',
  },
  list: { sortable: ['revision', 'status', 'signedOn'], dated: false },
  required: ['appointmentId'],
  prepare: letterFacts,
  check: letterRules,
  afterApply: (em, letter, row) => {
    if (!row.existing) recordCreation(em, letter, today());
  },
  beforeDelete: async (_em, letter) => letterEditableRule(letter.status),
});

const SIGNATURE_FIELDS: Record<
  Signatory,
  {
    date: 'agentSignedOn' | 'headOfServiceSignedOn' | 'socialActionHeadSignedOn';
    name?: 'headOfServiceName' | 'socialActionHeadName';
    label: string;
  }
> = {
  [Signatory.AGENT]: { date: 'agentSignedOn', label: 'du correspondant' },
  [Signatory.HEAD_OF_SERVICE]: { date: 'headOfServiceSignedOn', name: 'headOfServiceName', label: 'du chef de service' },
  [Signatory.SOCIAL_ACTION_HEAD]: {
    date: 'socialActionHeadSignedOn',
    name: 'socialActionHeadName',
    label: 'du responsable du service d’action sociale',
  },
};

/**
 * One of the three dated signatures [001 §2.5]. With the third, the letter is SIGNED, the revision it replaces is
 * SUPERSEDED, and a pending appointment becomes EFFECTIVE (on the later of the signature and the start date).
 */
export function signMissionLetter(ctx: Context, id: string, version: number, signatory: Signatory, on: IsoDate, name?: string | null) {
  return onRecord(ctx, MissionLetter, 'Lettre de mission', id, version, async (em, letter) => {
    const to = transition(machine, letter.status, 'SIGN');
    const fields = SIGNATURE_FIELDS[signatory];
    await em.populate(letter, ['appointment.regime', 'previous']);
    const appointment = letter.appointment;
    const errors = errorsOf([
      ...(letter[fields.date]
        ? [
            violation(
              'signatory',
              'MISSION_LETTER_ALREADY_SIGNED',
              `La signature ${fields.label} figure déjà sur cette lettre (le ${frDate(letter[fields.date])}).`,
            ),
          ]
        : []),
      ...dateOrderRule(
        'on',
        appointment.interviewDate,
        on,
        `La signature (${frDate(on)}) doit suivre l’entretien de prise de fonctions (${frDate(appointment.interviewDate)}) : corrigez la date de signature.`,
      ),
      ...(appointment.status === AppointmentStatus.ENDED ? [violation('id', 'APPOINTMENT_ENDED', 'Cette nomination a pris fin.')] : []),
      // A revision copied from a vague historical letter is signed only once its time credit is precise.
      ...missionLetterRules({ ...letter, preciseTimeCredit: appointment.regime.preciseTimeCredit }),
    ]);
    if (errors.length) throw validationFailed(errors);
    letter[fields.date] = on;
    if (fields.name && name) letter[fields.name] = name;
    recordTransition(em, letter, to, 'SIGN', on, signatory);
    const dates = [letter.agentSignedOn, letter.headOfServiceSignedOn, letter.socialActionHeadSignedOn];
    if (dates.every(Boolean)) {
      const signedOn = (dates as string[]).sort().at(-1)!;
      letter.signedOn = signedOn;
      recordTransition(em, letter, transition(machine, letter.status, 'COMPLETE'), 'COMPLETE', signedOn);
      if (letter.previous?.status === MissionLetterStatus.SIGNED)
        recordTransition(em, letter.previous, transition(machine, letter.previous.status, 'SUPERSEDE'), 'SUPERSEDE', signedOn);
      if (appointment.status === AppointmentStatus.PENDING_LETTER) {
        const effective = signedOn > appointment.startDate ? signedOn : appointment.startDate;
        recordTransition(em, appointment, transition(appointmentMachine, appointment.status, 'TAKE_EFFECT'), 'TAKE_EFFECT', effective);
      }
    }
    return letter;
  });
}

/** A signed letter is revised in the same form [001 §2.5]: a new DRAFT revision with the same terms, the signed one kept. */
export function reviseMissionLetter(ctx: Context, id: string, version: number) {
  return onRecord(ctx, MissionLetter, 'Lettre de mission', id, version, async (em, letter) => {
    transition(machine, letter.status, 'REVISE');
    if (await em.count(MissionLetter, { previous: letter })) {
      throw validationFailed([
        violation('id', 'MISSION_LETTER_REVISION_OPEN', 'Une révision de cette lettre est déjà en cours : poursuivez-la.'),
      ]);
    }
    const revision = em.create(MissionLetter, {
      appointment: letter.appointment,
      revision: letter.revision + 1,
      previous: letter,
      timeCreditAmount: letter.timeCreditAmount,
      timeCreditUnit: letter.timeCreditUnit,
      historical: false,
      means: letter.means,
      dedicatedEmail: letter.dedicatedEmail,
      trainingModalities: letter.trainingModalities,
      annualInterviewMention: true,
      organigrammePlacement: letter.organigrammePlacement,
      headOfServiceName: letter.headOfServiceName,
      socialActionHeadName: letter.socialActionHeadName,
    });
    recordCreation(em, revision, today(), 'REVISE');
    return revision;
  });
}
