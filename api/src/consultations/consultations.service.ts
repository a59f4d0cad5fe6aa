import { Commission } from '../commissions/commission.entity';
import { OpinionSubject } from '../commissions/enums';
import { registerOpinionSubject } from '../correspondents/opinion.workflow';
import { CrudService, referenced, valueOf } from '../shared/crud.service';
import { violation, type Violation } from '../shared/errors';
import { Consultation } from './consultation.entity';
import { consultationMachine, consultationOpinionRule, consultedCommissionRule } from './consultations.rules';
import type { ConsultationInput } from './consultations.types';
import { ConsultationStatus } from './enums';

const answered = (what: string): Violation =>
  violation('id', 'CONSULTATION_ANSWERED', `La commission a rendu son avis sur cette consultation : elle ne peut plus être ${what}.`);

export const consultations = new CrudService<Consultation, ConsultationInput, Map<string, Commission>>({
  entity: Consultation,
  label: 'Consultation',
  fields: {
    commissionId: 'Commission',
    topic: 'Objet',
    title: 'Intitulé',
    description: 'Question soumise',
    submittedOn: 'Date de saisine',
  },
  list: { sortable: ['submittedOn', 'title', 'status'], dated: false },
  required: ['commissionId', 'title', 'submittedOn'],
  prepare: (em, rows) => referenced(em, Commission, rows, 'commissionId'),
  check: (row, commissions) => [
    ...(row.existing && row.existing.status !== ConsultationStatus.SUBMITTED ? [answered('modifiée')] : []),
    ...consultedCommissionRule(commissions.get(valueOf(row, 'commissionId') as string)?.kind),
  ],
  beforeDelete: async (_em, consultation) => (consultation.status === ConsultationStatus.SUBMITTED ? [] : [answered('supprimée')]),
});

// The commission's opinion goes through the one `recordOpinion` workflow, like those on maps and candidacies.
registerOpinionSubject('consultationId', {
  kind: OpinionSubject.CONSULTATION,
  entity: Consultation,
  label: 'Consultation',
  machine: consultationMachine as never,
  rules: async (_em, consultation, session) =>
    consultationOpinionRule(
      { commissionId: consultation.commission.id, submittedOn: consultation.submittedOn },
      { commissionId: session.commission.id, date: session.date },
    ),
  attach: (consultation, opinion) => (consultation.opinion = opinion),
});
