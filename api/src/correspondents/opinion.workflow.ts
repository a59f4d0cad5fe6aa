import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommissionSession } from '../commissions/commission-session.entity';
import type { Commission } from '../commissions/commission.entity';
import { OpinionSubject } from '../commissions/enums';
import { Opinion } from '../commissions/opinion.entity';
import type { Context } from '../context';
import { errorsOf, notFound, validationFailed, violation, type Violation } from '../shared/errors';
import { isUuid } from '../shared/ids';
import { onRecord, recordTransition, type WithStatus } from '../shared/workflow/status-history';
import { type StateMachine, transition } from '../shared/workflow/workflow';
import { AnnualReport } from './indicators/annual-report.entity';
import { Candidacy } from './candidacies/candidacy.entity';
import { competentCommissionRule, dateOrderRule, opinionReasonsRule } from './correspondents.rules';
import type { RecordOpinionInput } from './correspondents.types';
import { ImplantationMap } from './maps/implantation-map.entity';
import { perimeterOf } from './maps/implantation-map.workflow';
import { annualReportMachine, candidacyMachine, implantationMapMachine } from './workflow.rules';
import { frDate } from '../shared/french';

/** A record a commission gives its opinion on, with a workflow status. */
type Subject = WithStatus;

/** What the opinion workflow needs to know of one kind of subject; other modules add theirs (`registerOpinionSubject`). */
export interface SubjectKind<S extends Subject> {
  kind: OpinionSubject;
  entity: EntityClass<S>;
  label: string;
  machine: StateMachine<string, 'RECORD_OPINION'>;
  /** What else the opinion must respect, beyond the transition: the competent commission, the session, the dates. */
  rules(em: EntityManager, subject: S, session: CommissionSession): Promise<Violation[]>;
  attach(subject: S, opinion: Opinion): void;
}

const commissionOf = (c: Commission) => ({ kind: c.kind, name: c.name, departmentId: c.department?.id ?? null, authority: c.authority });

const MAP: SubjectKind<ImplantationMap> = {
  kind: OpinionSubject.IMPLANTATION_MAP,
  entity: ImplantationMap,
  label: 'Carte d’implantation',
  machine: implantationMapMachine as never,
  rules: async (_em, map, session) =>
    map.session?.id === session.id
      ? []
      : [violation('sessionId', 'OPINION_WRONG_SESSION', 'L’avis est rendu lors de la séance à laquelle la carte a été soumise.')],
  attach: (map, opinion) => (map.opinion = opinion),
};

const CANDIDACY: SubjectKind<Candidacy> = {
  kind: OpinionSubject.CANDIDACY,
  entity: Candidacy,
  label: 'Candidature',
  machine: candidacyMachine as never,
  rules: async (em, candidacy, session) => {
    await em.populate(candidacy, ['call.map']);
    return [
      ...competentCommissionRule(commissionOf(session.commission), perimeterOf(candidacy.call.map)),
      ...dateOrderRule(
        'sessionId',
        candidacy.headOpinionOn,
        session.date,
        `La séance (${frDate(session.date)}) ne peut précéder l’avis du chef de service (${frDate(candidacy.headOpinionOn)}) : choisissez une séance postérieure.`,
      ),
    ];
  },
  attach: (candidacy, opinion) => (candidacy.commissionOpinion = opinion),
};

const REPORT: SubjectKind<AnnualReport> = {
  kind: OpinionSubject.ANNUAL_REPORT,
  entity: AnnualReport,
  label: 'Rapport annuel',
  machine: annualReportMachine as never,
  rules: async (_em, report, session) => [
    ...competentCommissionRule(commissionOf(session.commission), { authority: 'PREFECT', departmentId: report.department.id }),
    ...(Number(session.date.slice(0, 4)) > report.year
      ? []
      : [
          violation('sessionId', 'DATE_ORDER', `Le rapport de l’année ${report.year} est présenté à une séance postérieure à cette année.`),
        ]),
  ],
  attach: (report, opinion) => (report.opinion = opinion),
};

/** The subject kinds, by the input field that names the subject; modules outside this one register theirs. */
const SUBJECTS = new Map<keyof RecordOpinionInput, SubjectKind<Subject>>([
  ['implantationMapId', MAP as never],
  ['candidacyId', CANDIDACY as never],
  ['annualReportId', REPORT as never],
]);

/** Another module's subject (the national synthesis, a consultation of the CLAS), named in the input by `field`. */
export function registerOpinionSubject<S extends Subject>(field: keyof RecordOpinionInput, kind: SubjectKind<S>): void {
  SUBJECTS.set(field, kind as never);
}

function subjectOf(input: RecordOpinionInput): [SubjectKind<Subject>, string] {
  const given = [...SUBJECTS].map(([field, kind]) => [kind, input[field]]).filter(([, id]) => id) as [SubjectKind<Subject>, string][];
  if (given.length !== 1) {
    throw validationFailed([
      violation(
        'implantationMapId',
        'OPINION_SUBJECT',
        'Un avis porte sur un seul objet : une carte d’implantation, une candidature, un rapport annuel, la synthèse nationale ou une consultation.',
      ),
    ]);
  }
  return given[0];
}

/**
 * A commission's opinion, given in a session on a map, a candidacy or an annual report: it moves its subject to
 * its next status, dated by the session. Unfavourable and reserved opinions are reasoned.
 */
export function recordOpinion(ctx: Context, input: RecordOpinionInput): Promise<Opinion> {
  const [kind, id] = subjectOf(input);
  return onRecord(ctx, kind.entity, kind.label, id, input.version, async (em, subject) => {
    const to = transition(kind.machine, subject.status, 'RECORD_OPINION');
    const session = isUuid(input.sessionId) ? await em.findOne(CommissionSession, input.sessionId, { populate: ['commission'] }) : null;
    if (!session) throw notFound('Séance', input.sessionId, 'sessionId');
    const errors = errorsOf([...opinionReasonsRule(input.value, input.reasons), ...(await kind.rules(em, subject, session))]);
    if (errors.length) throw validationFailed(errors);
    const opinion = em.create(Opinion, {
      session,
      subject: kind.kind,
      value: input.value,
      reasons: input.reasons ?? null,
      proposals: input.proposals ?? null,
    });
    kind.attach(subject, opinion);
    recordTransition(em, subject, to as never, 'RECORD_OPINION', session.date, input.reasons ?? null);
    return opinion;
  });
}
