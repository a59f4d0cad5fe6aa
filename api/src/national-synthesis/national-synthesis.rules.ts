import { CommissionKind } from '../commissions/enums';
import { frDate } from '../shared/french';
import { violation, type Violation } from '../shared/errors';
import type { IsoDate } from '../shared/scalars';
import type { StateMachine } from '../shared/workflow/workflow';
import { NationalSynthesisStatus } from './enums';

const CIRCULAR = 'circulaire du 12 février 2026, §2.7';

/**
 * « Une synthèse nationale sera préparée par la sous-direction de l’action sociale du secrétariat général et présentée
 * à la commission nationale d’action sociale » [001 §2.7]: its opinion is given in a CNAS session held after the year.
 */
export function cnasPresentationRule(year: number, session: { kind: CommissionKind; date: IsoDate }): Violation[] {
  const out: Violation[] = [];
  if (session.kind !== CommissionKind.CNAS) {
    out.push(
      violation(
        'sessionId',
        'NATIONAL_SYNTHESIS_NOT_CNAS',
        `La synthèse nationale est présentée à la commission nationale d’action sociale (CNAS), non à une ${session.kind} [${CIRCULAR}].`,
      ),
    );
  }
  if (Number(session.date.slice(0, 4)) <= year) {
    out.push(
      violation(
        'sessionId',
        'DATE_ORDER',
        `La synthèse de l’année ${year} est présentée à une séance postérieure à cette année (séance du ${frDate(session.date)}).`,
      ),
    );
  }
  return out;
}

/** The synthesis of a year after the regime of the annual reports began (2008) and not of a year still to come. */
export function synthesisYearRule(year: number | undefined, today: IsoDate): Violation[] {
  if (year === undefined) return [];
  return year < 2008 || year > Number(today.slice(0, 4))
    ? [violation('year', 'NATIONAL_SYNTHESIS_YEAR', `Année invalide : ${year} (une année écoulée ou en cours, depuis 2008).`)]
    : [];
}

export type NationalSynthesisAction = 'RECORD_OPINION';

export const nationalSynthesisMachine: StateMachine<NationalSynthesisStatus, NationalSynthesisAction> = {
  code: 'NATIONAL_SYNTHESIS',
  label: 'la synthèse nationale',
  statuses: { DRAFT: 'En préparation', PRESENTED: 'Présentée à la CNAS' },
  actions: { RECORD_OPINION: 'enregistrer l’avis de la CNAS' },
  transitions: { RECORD_OPINION: { from: [NationalSynthesisStatus.DRAFT], to: NationalSynthesisStatus.PRESENTED } },
};
