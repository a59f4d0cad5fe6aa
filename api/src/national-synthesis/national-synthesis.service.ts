import { OpinionSubject } from '../commissions/enums';
import { registerOpinionSubject } from '../correspondents/opinion.workflow';
import { CrudService, valueOf } from '../shared/crud.service';
import { violation, type Violation } from '../shared/errors';
import { today } from '../shared/scalars';
import { NationalSynthesisStatus } from './enums';
import { NationalSynthesisReport } from './national-synthesis-report.entity';
import { cnasPresentationRule, nationalSynthesisMachine, synthesisYearRule } from './national-synthesis.rules';
import type { NationalSynthesisReportInput } from './national-synthesis.types';

const frozen = (what: string): Violation =>
  violation('id', 'NATIONAL_SYNTHESIS_NOT_EDITABLE', `Cette synthèse a été présentée à la CNAS : elle ne peut plus être ${what}.`);

export const nationalSynthesisReports = new CrudService<NationalSynthesisReport, NationalSynthesisReportInput>({
  entity: NationalSynthesisReport,
  label: 'Synthèse nationale',
  fields: { year: 'Année', narrative: 'Présentation' },
  list: { sortable: ['year', 'status'], dated: false },
  required: ['year'],
  unique: ['year'],
  check: (row) => [
    ...(row.existing && row.existing.status !== NationalSynthesisStatus.DRAFT ? [frozen('modifiée')] : []),
    ...synthesisYearRule(valueOf(row, 'year') as number | undefined, today()),
  ],
  beforeDelete: async (_em, report) => (report.status === NationalSynthesisStatus.DRAFT ? [] : [frozen('supprimée')]),
});

// Its presentation to the CNAS is the opinion the CNAS gives in a session, through the one `recordOpinion` workflow.
registerOpinionSubject('nationalSynthesisReportId', {
  kind: OpinionSubject.NATIONAL_SYNTHESIS,
  entity: NationalSynthesisReport,
  label: 'Synthèse nationale',
  machine: nationalSynthesisMachine as never,
  rules: async (_em, report, session) => cnasPresentationRule(report.year, { kind: session.commission.kind, date: session.date }),
  attach: (report, opinion) => (report.opinion = opinion),
});
