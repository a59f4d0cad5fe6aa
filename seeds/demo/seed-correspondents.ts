import type { EntityManager } from '@mikro-orm/postgresql';
import { CommissionMember } from '../../api/src/commissions/commission-member.entity';
import { CommissionSession } from '../../api/src/commissions/commission-session.entity';
import { Commission } from '../../api/src/commissions/commission.entity';
import { AttendanceCapacity, CommissionKind, MemberRole, OpinionSubject, OpinionValue } from '../../api/src/commissions/enums';
import { Opinion } from '../../api/src/commissions/opinion.entity';
import { SessionAttendance } from '../../api/src/commissions/session-attendance.entity';
import { AnnualReport } from '../../api/src/correspondents/indicators/annual-report.entity';
import { Consultation } from '../../api/src/consultations/consultation.entity';
import { ConsultationStatus } from '../../api/src/consultations/enums';
import { NationalSynthesisStatus } from '../../api/src/national-synthesis/enums';
import { NationalSynthesisReport } from '../../api/src/national-synthesis/national-synthesis-report.entity';
import { PostKind } from '../../api/src/network/enums';
import { PostAssignment } from '../../api/src/network/post-assignment.entity';
import { Appointment } from '../../api/src/correspondents/appointments/appointment.entity';
import { CandidateCall } from '../../api/src/correspondents/candidacies/candidate-call.entity';
import { Candidacy } from '../../api/src/correspondents/candidacies/candidacy.entity';
import {
  AppointmentEndReason,
  AppointmentStatus,
  ArreteKind,
  CandidacyStatus,
  ImplantationMapStatus,
  MissionLetterStatus,
  SignatoryCapacity,
  TimeCreditUnit,
  TrainingKind,
} from '../../api/src/correspondents/enums';
import { FieldReport } from '../../api/src/correspondents/follow-up/field-report.entity';
import { ImplantationMapEntry } from '../../api/src/correspondents/maps/implantation-map-entry.entity';
import { ImplantationMap } from '../../api/src/correspondents/maps/implantation-map.entity';
import { InformationMeeting, InformationMeetingAttendance } from '../../api/src/correspondents/follow-up/information-meeting.entity';
import { MissionLetter } from '../../api/src/correspondents/appointments/mission-letter.entity';
import { Regime } from '../../api/src/correspondents/appointments/regime.entity';
import { Training } from '../../api/src/correspondents/follow-up/training.entity';
import { Agent } from '../../api/src/referential/agent.entity';
import { Department } from '../../api/src/referential/department.entity';
import { AgentStatus, DesignatingAuthority } from '../../api/src/referential/enums';
import { Service } from '../../api/src/referential/service.entity';
import { type WithStatus, recordCreation, recordTransition } from '../../api/src/shared/workflow/status-history';
import type { WorkflowStep } from '../../api/src/shared/workflow/steps';

/** A record walked through its statuses, each dated, as the workflow mutations would have written them. */
function walk<E extends WithStatus>(em: EntityManager, record: E, created: string, steps: [E['status'], WorkflowStep, string][]): E {
  recordCreation(em, record, created);
  for (const [to, action, on] of steps) recordTransition(em, record, to, action, on);
  return record;
}

/** A department whose correspondents the demo walks through their whole lifecycle. */
interface DemoDepartment {
  code: string;
  /** « du Rhône », « de Paris »: the department in a title. */
  of: string;
  prefect: string;
  formerPrefect: string;
  /** Signs the appointments by delegation of the prefect. */
  secretaryGeneral: string;
}

/**
 * The departments of the demo accounts' correspondents: the Rhône, and Paris (the departmental administrator's
 * account, so that every screen it opens shows data).
 */
export const CORRESPONDENT_DEPARTMENTS: DemoDepartment[] = [
  { code: '69', of: 'du Rhône', prefect: 'La préfète du Rhône', formerPrefect: 'Le préfet du Rhône', secretaryGeneral: 'Claire Morel' },
  {
    code: '75',
    of: 'de Paris',
    prefect: 'Le préfet de la région d’Île-de-France, préfet de Paris',
    formerPrefect: 'Le préfet de la région d’Île-de-France, préfet de Paris',
    secretaryGeneral: 'Hélène Garnier',
  },
];

/** The CNAS, the correspondents of each demo department, then the 2025 national synthesis presented to the CNAS [001 §2.7]. */
export async function seedCorrespondents(em: EntityManager): Promise<void> {
  const cnas = em.create(Commission, {
    code: 'CNAS',
    name: 'Commission nationale d’action sociale',
    kind: CommissionKind.CNAS,
    validFrom: '2022-09-05',
  });
  for (const department of CORRESPONDENT_DEPARTMENTS) await seedDepartmentCorrespondents(em, department);
  const session = em.create(CommissionSession, {
    commission: cnas,
    date: '2026-06-25',
    agenda: 'Synthèse nationale 2025 des rapports d’activité des correspondants',
  });
  const synthesis = em.create(NationalSynthesisReport, {
    year: 2025,
    narrative: 'Synthèse des rapports annuels 2025 des correspondants de l’action sociale.',
  });
  synthesis.opinion = em.create(Opinion, {
    session,
    subject: OpinionSubject.NATIONAL_SYNTHESIS,
    value: OpinionValue.FAVORABLE,
    proposals:
      'Généraliser la formation initiale en e-learning dès la nomination ; tenir la réunion d’information annuelle dans chaque périmètre.',
  });
  walk(em, synthesis, '2026-05-04', [[NationalSynthesisStatus.PRESENTED, 'RECORD_OPINION', '2026-06-25']]);
  await em.flush();
}

/**
 * The correspondents of one department: its CLAS, a map adopted after the CLAS's opinion, a 2026 call,
 * candidacies in every state, appointments with their letters (signed, in signature, missing), a 2007 correspondent
 * with a historical letter, trainings, an information meeting and field reports. Deterministic: no randomness needed.
 */
async function seedDepartmentCorrespondents(
  em: EntityManager,
  { code, of, prefect, formerPrefect, secretaryGeneral }: DemoDepartment,
): Promise<void> {
  const department = await em.findOneOrFail(Department, { code });
  const [r2007, r2026] = [await em.findOneOrFail(Regime, { code: '2007' }), await em.findOneOrFail(Regime, { code: '2026' })];
  const service = (code: string) => em.findOneOrFail(Service, { code });
  const [pref, sp1, sp2, dipn] = [
    await service(`PREF-${code}`),
    await service(`SP-${code}-1`),
    await service(`SP-${code}-2`),
    await service(`DIPN-${code}`),
  ];
  const titulars = async (s: Service) =>
    em.find(Agent, { service: s, status: AgentStatus.TITULAIRE }, { orderBy: { registrationNumber: 'asc' } });
  const [prefAgents, sp1Agents, sp2Agents, dipnAgents] = [
    await titulars(pref),
    await titulars(sp1),
    await titulars(sp2),
    await titulars(dipn),
  ];

  const clas = em.create(Commission, {
    code: `CLAS-${code}`,
    name: `Commission locale d’action sociale ${of}`,
    kind: CommissionKind.CLAS,
    department,
    validFrom: '2015-01-01',
  });
  em.create(CommissionMember, { commission: clas, agent: prefAgents[0], role: MemberRole.TITULAIRE, validFrom: '2023-01-01' });
  em.create(CommissionMember, { commission: clas, agent: dipnAgents[0], role: MemberRole.SUPPLEANT, validFrom: '2023-01-01' });
  // The ASS sit on the CLAS by right [004 §II.3]: in Paris the first is seated, the second is not (the indicator's
  // demo case, and the « Ajouter les ASS » action's); in the Rhône the only ASS is not seated either.
  const [seated, ...unseated] = await em.find(
    PostAssignment,
    { post: { kind: PostKind.ASS, residence: { department } } },
    { orderBy: { post: { code: 'asc' } } },
  );
  if (seated && unseated.length)
    em.create(CommissionMember, {
      commission: clas,
      agent: seated.agent,
      role: MemberRole.EX_OFFICIO,
      validFrom: seated.validFrom,
      validTo: seated.validTo,
    });
  const [mapSession, callSession, juneSession] = ['2025-01-20', '2026-03-16', '2026-06-15'].map((date) =>
    em.create(CommissionSession, {
      commission: clas,
      date,
      agenda: date === '2025-01-20' ? 'Carte d’implantation des correspondants' : 'Candidatures ; rapport d’activité',
    }),
  );

  const map = em.create(ImplantationMap, {
    title: `Carte d’implantation des correspondants de l’action sociale ${of}`,
    department,
    authority: DesignatingAuthority.PREFECT,
    rationale: 'Dispersion des sites et effectifs importants de la préfecture et de la police.',
    session: mapSession,
    arreteNumber: `${code}-2025-02-03-014`,
    arreteDate: '2025-02-03',
    arreteSignatory: prefect,
    inForceFrom: '2025-02-03',
  });
  map.opinion = em.create(Opinion, { session: mapSession, subject: OpinionSubject.IMPLANTATION_MAP, value: OpinionValue.FAVORABLE });
  walk(em, map, '2025-01-06', [
    [ImplantationMapStatus.SUBMITTED, 'SUBMIT', '2025-01-08'],
    [ImplantationMapStatus.OPINION_GIVEN, 'RECORD_OPINION', '2025-01-20'],
    [ImplantationMapStatus.ADOPTED, 'ADOPT', '2025-02-03'],
  ]);
  for (const [s, requiredCount] of [
    [pref, 2],
    [sp1, 1],
    [sp2, 1],
    [dipn, 2],
  ] as const)
    em.create(ImplantationMapEntry, { map, service: s, requiredCount });

  const call = em.create(CandidateCall, {
    title: `Appel à candidatures 2026 — correspondants de l’action sociale ${of}`,
    map,
    openingDate: '2026-02-16',
    closingDate: '2026-03-06',
    jobDescription: 'Fiche d’emploi annexée à la circulaire du 12 février 2026.',
  });
  call.services.set([pref, sp1, sp2, dipn]);

  const file = (agent: Agent, s: Service, filedOn: string) =>
    em.create(Candidacy, {
      call,
      agent,
      service: s,
      filedOn,
      regime: r2026,
      gradeAtFiling: agent.grade,
      statusAtFiling: agent.status,
      serviceAtFiling: s,
      motivation: 'Intérêt pour l’action sociale et connaissance des agents du site.',
      headOfServiceName: 'Le chef de service',
    });
  const headOpinion = (c: Candidacy, on: string) =>
    Object.assign(c, {
      headOpinion: OpinionValue.FAVORABLE,
      headOpinionReasons: 'Agent disponible, à l’écoute, apprécié de ses collègues.',
      headOpinionOn: on,
    });
  const commissionOpinion = (c: Candidacy, value = OpinionValue.FAVORABLE) =>
    (c.commissionOpinion = em.create(Opinion, {
      session: callSession,
      subject: OpinionSubject.CANDIDACY,
      value,
      reasons: value === OpinionValue.FAVORABLE ? null : 'Disponibilité incertaine.',
    }));
  const upToOpinion: [CandidacyStatus, WorkflowStep, string][] = [
    [CandidacyStatus.HEAD_OPINION_GIVEN, 'GIVE_HEAD_OPINION', '2026-03-09'],
    [CandidacyStatus.COMMISSION_OPINION_GIVEN, 'RECORD_OPINION', '2026-03-16'],
  ];

  // Appointed, with letters: two signed, one in signature, one not yet written.
  const appointed = [
    [prefAgents[1], pref],
    [prefAgents[2], pref],
    [sp1Agents[0], sp1],
    [dipnAgents[1], dipn],
  ] as const;
  const appointments = appointed.map(([agent, s], i) => {
    const candidacy = headOpinion(file(agent, s, `2026-02-2${i}`), '2026-03-09');
    commissionOpinion(candidacy);
    Object.assign(candidacy, { closedOn: '2026-04-01' });
    walk(em, candidacy, candidacy.filedOn, [...upToOpinion, [CandidacyStatus.APPOINTED, 'APPOINT', '2026-04-01']]);
    const appointment = em.create(Appointment, {
      candidacy,
      agent,
      map,
      regime: r2026,
      interviewDate: '2026-03-25',
      jointInterview: true,
      arreteKind: ArreteKind.PREFECTORAL,
      arreteNumber: `${code}-2026-04-01-${100 + i}`,
      arreteDate: '2026-04-01',
      arreteAuthority: DesignatingAuthority.PREFECT,
      arreteAuthorityDepartment: map.department,
      arreteSignatory: secretaryGeneral,
      arreteSignatoryCapacity: SignatoryCapacity.DELEGATION,
      arreteSignatoryTitle: 'la secrétaire générale de la préfecture',
      startDate: '2026-04-01',
    });
    appointment.services.set([s]);
    const steps: [AppointmentStatus, WorkflowStep, string][] = i < 2 ? [[AppointmentStatus.EFFECTIVE, 'TAKE_EFFECT', '2026-04-10']] : [];
    walk(em, appointment, '2026-04-01', steps);
    if (i < 3) {
      const signed = i < 2;
      const letter = em.create(MissionLetter, {
        appointment,
        timeCreditAmount: i === 0 ? 4 : 0.1,
        timeCreditUnit: i === 0 ? TimeCreditUnit.HOURS_PER_MONTH : TimeCreditUnit.FRACTION_OF_WORKING_TIME,
        means: 'Panneau d’affichage dédié, accès à l’intranet de l’action sociale, poste téléphonique.',
        dedicatedEmail: `cas.${code}.${i + 1}@interieur.gouv.fr`,
        headOfServiceName: 'Le chef de service',
        socialActionHeadName: 'La cheffe du service départemental d’action sociale',
        agentSignedOn: '2026-04-08',
        headOfServiceSignedOn: signed ? '2026-04-09' : null,
        socialActionHeadSignedOn: signed ? '2026-04-10' : null,
        signedOn: signed ? '2026-04-10' : null,
      });
      walk(
        em,
        letter,
        '2026-04-02',
        signed
          ? [
              [MissionLetterStatus.PARTIALLY_SIGNED, 'SIGN', '2026-04-08'],
              [MissionLetterStatus.PARTIALLY_SIGNED, 'SIGN', '2026-04-09'],
              [MissionLetterStatus.PARTIALLY_SIGNED, 'SIGN', '2026-04-10'],
              [MissionLetterStatus.SIGNED, 'COMPLETE', '2026-04-10'],
            ]
          : [[MissionLetterStatus.PARTIALLY_SIGNED, 'SIGN', '2026-04-08']],
      );
    }
    return appointment;
  });

  // The other outcomes, and candidacies still on their way.
  const notSelected = headOpinion(file(prefAgents[3], pref, '2026-02-24'), '2026-03-09');
  commissionOpinion(notSelected, OpinionValue.RESERVED);
  Object.assign(notSelected, { closedOn: '2026-04-01', outcomeReason: 'Deux correspondants déjà nommés pour la préfecture.' });
  walk(em, notSelected, notSelected.filedOn, [...upToOpinion, [CandidacyStatus.NOT_SELECTED, 'NOT_SELECT', '2026-04-01']]);
  const withdrawn = file(sp2Agents[0], sp2, '2026-02-25');
  Object.assign(withdrawn, { closedOn: '2026-03-02', outcomeReason: 'Mutation obtenue.' });
  walk(em, withdrawn, withdrawn.filedOn, [[CandidacyStatus.WITHDRAWN, 'WITHDRAW', '2026-03-02']]);
  const awaiting = headOpinion(file(dipnAgents[2], dipn, '2026-03-02'), '2026-03-09');
  commissionOpinion(awaiting);
  walk(em, awaiting, awaiting.filedOn, upToOpinion);
  walk(em, headOpinion(file(sp2Agents[1], sp2, '2026-03-04'), '2026-03-10'), '2026-03-04', [
    [CandidacyStatus.HEAD_OPINION_GIVEN, 'GIVE_HEAD_OPINION', '2026-03-10'],
  ]);
  walk(em, file(sp2Agents[2], sp2, '2026-03-05'), '2026-03-05', []);

  // A correspondent of the 2007 regime, with the vague letter of the time kept as a historical record.
  const veteran = em.create(Appointment, {
    agent: sp1Agents[1],
    map,
    regime: r2007,
    interviewDate: '2012-01-10',
    jointInterview: false,
    arreteKind: ArreteKind.PREFECTORAL,
    arreteNumber: `${code}-2012-01-20-003`,
    arreteDate: '2012-01-20',
    arreteAuthority: DesignatingAuthority.PREFECT,
    arreteAuthorityDepartment: map.department,
    arreteSignatory: formerPrefect,
    startDate: '2012-01-20',
    endDate: '2026-03-31',
    endReason: AppointmentEndReason.TERM,
  });
  veteran.services.set([sp1]);
  walk(em, veteran, '2012-01-20', [
    [AppointmentStatus.EFFECTIVE, 'TAKE_EFFECT', '2012-01-25'],
    [AppointmentStatus.ENDED, 'END', '2026-03-31'],
  ]);
  walk(
    em,
    em.create(MissionLetter, {
      appointment: veteran,
      historical: true,
      historicalTimeCredit: 'temps suffisant, en fonction des nécessités du service',
      annualInterviewMention: false,
      agentSignedOn: '2012-01-25',
      headOfServiceSignedOn: '2012-01-25',
      socialActionHeadSignedOn: '2012-01-25',
      signedOn: '2012-01-25',
    }),
    '2012-01-25',
    [
      [MissionLetterStatus.PARTIALLY_SIGNED, 'SIGN', '2012-01-25'],
      [MissionLetterStatus.SIGNED, 'COMPLETE', '2012-01-25'],
    ],
  );

  em.create(Training, {
    agent: appointments[0].agent,
    kind: TrainingKind.INITIAL_ELEARNING,
    title: 'Parcours e-learning des correspondants',
    date: '2026-04-20',
    hours: 3,
  });
  em.create(Training, {
    agent: appointments[1].agent,
    kind: TrainingKind.INITIAL_ELEARNING,
    title: 'Parcours e-learning des correspondants',
    date: '2026-05-04',
    hours: 3,
  });
  em.create(Training, {
    agent: sp1Agents[1],
    kind: TrainingKind.CONTINUING,
    title: 'Prestations interministérielles (SRIAS)',
    date: '2025-10-14',
    hours: 6,
  });
  const meeting = em.create(InformationMeeting, {
    department,
    date: '2026-05-20',
    title: `Réunion annuelle des correspondants ${of}`,
    agenda: 'Prestations 2026, CESU, logement.',
  });
  for (const a of appointments.slice(0, 3)) em.create(InformationMeetingAttendance, { meeting, agent: a.agent });
  em.create(InformationMeeting, { department, date: '2025-05-15', title: `Réunion annuelle des correspondants ${of}` });
  em.create(FieldReport, {
    appointment: appointments[0],
    date: '2026-05-12',
    topic: 'Garde d’enfants',
    text: 'Plusieurs agents demandent des places en crèche proches du site.',
    followUp: 'Relayé à la SRIAS.',
    followUpOn: '2026-05-20',
  });
  em.create(FieldReport, {
    appointment: appointments[3],
    date: '2026-06-02',
    topic: 'Logement',
    text: 'Besoins de logement temporaire pour les agents nouvellement affectés.',
    difficulty: true,
  });
  em.create(FieldReport, {
    appointment: veteran,
    date: '2025-11-18',
    topic: 'Restauration',
    text: 'Fermeture prolongée du restaurant administratif.',
  });
  em.create(AnnualReport, { department, year: 2025, narrative: `Activité du réseau des correspondants ${of} en 2025.` });
  em.create(SessionAttendance, { session: juneSession, agent: appointments[0].agent, capacity: AttendanceCapacity.OBSERVER });
  // The CLAS consulted on the correspondents' working conditions [001 §1]: one answered in June, one awaiting its session.
  const timeCredit = em.create(Consultation, {
    commission: clas,
    title: 'Temps dédié aux missions des correspondants',
    submittedOn: '2026-05-28',
    description: 'Le crédit de temps inscrit dans les lettres de mission 2026 suffit-il dans les sous-préfectures ?',
  });
  timeCredit.opinion = em.create(Opinion, {
    session: juneSession,
    subject: OpinionSubject.CONSULTATION,
    value: OpinionValue.RESERVED,
    reasons: 'Crédit de temps insuffisant dans les sites les plus dispersés.',
  });
  walk(em, timeCredit, '2026-05-28', [[ConsultationStatus.OPINION_GIVEN, 'RECORD_OPINION', '2026-06-15']]);
  walk(
    em,
    em.create(Consultation, {
      commission: clas,
      title: 'Équipement des correspondants (messagerie dédiée, téléphone)',
      submittedOn: '2026-06-22',
      description: 'Déploiement des adresses de messagerie dédiées prévu par la circulaire du 12 février 2026, §2.5.',
    }),
    '2026-06-22',
    [],
  );
  await em.flush();
}
