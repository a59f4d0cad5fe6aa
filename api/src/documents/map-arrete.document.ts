import type { Content } from 'pdfmake/interfaces';
import { CIRCULAR_SECTIONS, regimeTexts, TEXTS } from '../correspondents/legal-texts';
import { OPINION_LABELS, type OpinionValue } from '../commissions/enums';
import type { DesignatingAuthority } from '../referential/enums';
import { frCount, frDate } from '../shared/french';
import { inSentence, type ActFacts } from './appointment-arrete.document';
import { type ActDepartment, authorityTitle, issuerOf } from './authority';
import { heading, table, type DocumentFrame } from './pdf';

/** What the arrêté fixing an implantation map states. */
export interface MapArreteFacts {
  title: string;
  revision: number;
  act: Omit<ActFacts, 'signatory'> & { signatory: string | null };
  authority: DesignatingAuthority;
  department: ActDepartment;
  /** The regime in force on the arrêté's date (the draft's: today). */
  regime: { code: string; name: string; legalBasis: string };
  rationale: string | null;
  opinion: { value: OpinionValue; commission: string; sessionDate: string; reasons: string | null } | null;
  decisionReason: string | null;
  /** The revision this one replaces, and its arrêté. */
  previous: { revision: number; arreteNumber: string | null; arreteDate: string | null } | null;
  entries: { service: string; requiredCount: number; note: string | null }[];
}

/**
 * The arrêté fixing the list of the services, or geographically distinct parts of services, that need at least one
 * correspondent, taken by the perimeter's authority after the opinion of the social action commission [001 art. 3,
 * §2.1; 002 §2.1]. A revision abrogates the arrêté of the map it replaces. A map not adopted yet is a draft.
 */
export function mapArreteDocument(f: MapArreteFacts): DocumentFrame {
  const texts = regimeTexts(f.regime);
  const is2026 = f.regime.code === '2026';
  const draft = !f.act.number;
  const required = f.entries.reduce((sum, e) => sum + e.requiredCount, 0);
  const visas: Content[] = [
    ...(is2026 ? [`Vu le ${inSentence(TEXTS.CGFP)} ;`] : []),
    `Vu le ${inSentence(TEXTS.DECREE_2006_21)} ;`,
    `Vu l’${inSentence(texts.arrete)}${is2026 ? ', notamment son article 3' : ''} ;`,
    ...(texts.circular ? [`Vu la ${inSentence(texts.circular)}, notamment son ${CIRCULAR_SECTIONS.map[f.regime.code]} ;`] : []),
    ...(f.previous
      ? [
          `Vu l’arrêté${f.previous.arreteNumber ? ` n° ${f.previous.arreteNumber}` : ''}${f.previous.arreteDate ? ` du ${frDate(f.previous.arreteDate)}` : ''} fixant la carte d’implantation (version ${f.previous.revision}) ;`,
        ]
      : []),
    ...(f.opinion
      ? [
          `Vu l’avis ${OPINION_LABELS[f.opinion.value]} de la commission « ${f.opinion.commission} » émis lors de sa séance du ${frDate(f.opinion.sessionDate)}${f.opinion.reasons ? ` (${f.opinion.reasons})` : ''} ;`,
        ]
      : []),
    ...(f.rationale ? [`Considérant ${f.rationale.replace(/[.;]\s*$/, '')} ;`] : []),
    ...(f.decisionReason
      ? [
          `Considérant que la présente décision s’écarte de l’avis de la commission pour le motif suivant : ${f.decisionReason.replace(/[.;]\s*$/, '')} ;`,
        ]
      : []),
  ].map((text) => ({ text, style: 'visa' }) as Content);
  const articles: Content[] = [
    heading('Article 1er', 'article'),
    `Les services ou parties de services géographiquement distinctes figurant dans le tableau ci-après nécessitent la désignation d’au moins un correspondant de l’action sociale, au nombre indiqué (${frCount(f.entries.length, 'service', 'services')}, ${frCount(required, 'correspondant', 'correspondants')} au total).`,
    table(
      ['Service', 'Correspondants requis', 'Observations'],
      f.entries.map((e) => [e.service, e.requiredCount, e.note ?? '']),
      ['*', 80, '*'],
      ['left', 'right', 'left'],
    ),
    heading('Article 2', 'article'),
    'Les correspondants de l’action sociale de ces services sont nommés par arrêté de la même autorité, après avis de la commission d’action sociale localement compétente, à la suite d’un appel à candidatures réalisé sur la base de la fiche d’emploi.',
    ...(f.previous
      ? [
          heading('Article 3', 'article'),
          `L’arrêté${f.previous.arreteNumber ? ` n° ${f.previous.arreteNumber}` : ''}${f.previous.arreteDate ? ` du ${frDate(f.previous.arreteDate)}` : ''} fixant la carte d’implantation précédente est abrogé.`,
        ]
      : []),
    heading(`Article ${f.previous ? 4 : 3}`, 'article'),
    'Le responsable du service d’action sociale est chargé de l’exécution du présent arrêté, qui sera porté à la connaissance des agents des services concernés.',
  ];
  return {
    title: `${draft ? 'Projet d’arrêté' : 'Arrêté'} — carte d’implantation « ${f.title} » (version ${f.revision})`,
    issuer: issuerOf(f.authority, f.department),
    draft,
    references: [...(is2026 ? [TEXTS.CGFP] : []), TEXTS.DECREE_2006_21, ...texts.all],
    content: [
      {
        text: `Arrêté n° ${f.act.number ?? '……'} du ${frDate(f.act.date) || '……'} fixant la carte d’implantation des correspondants de l’action sociale`,
        style: 'title',
      },
      {
        text: `« ${f.title} » — version ${f.revision} — régime : ${f.regime.name} — autorité : ${inSentence(authorityTitle(f.authority, f.department))}`,
        style: 'small',
        alignment: 'center',
        margin: [0, 0, 0, 12],
      },
      { text: `${authorityTitle(f.authority, f.department)},`, bold: true, margin: [0, 0, 0, 8] },
      ...visas,
      { text: 'ARRÊTE :', bold: true, alignment: 'center', margin: [0, 10, 0, 6] },
      ...articles,
      { text: `Fait le ${frDate(f.act.date) || '……'}`, margin: [0, 16, 0, 4] },
      { text: f.act.signatory ?? `${authorityTitle(f.authority, f.department)}\n(signature)`, alignment: 'right', margin: [0, 8, 0, 0] },
    ],
  };
}
