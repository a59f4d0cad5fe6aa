import type { Content } from 'pdfmake/interfaces';
import { signatureLine } from '../correspondents/appointments/arrete.rules';
import type { ArreteKind, SignatoryCapacity } from '../correspondents/enums';
import { CIRCULAR_SECTIONS, regimeTexts, TEXTS } from '../correspondents/legal-texts';
import { arreteAdjective } from '../correspondents/appointments/mission-letter.text';
import { OPINION_LABELS, type OpinionValue } from '../commissions/enums';
import type { DesignatingAuthority } from '../referential/enums';
import { frDate } from '../shared/french';
import { type ActDepartment, authorityTitle, issuerOf } from './authority';
import { heading, type DocumentFrame } from './pdf';

/** An act's number, date and signatory: all null on a draft, to be filled in when it is signed. */
export interface ActFacts {
  number: string | null;
  date: string | null;
  signatory: { name: string; capacity: SignatoryCapacity; title: string | null } | null;
}

/** What the appointing arrêté states, from an appointment (the act as recorded) or a candidacy (the draft). */
export interface AppointmentArreteFacts {
  act: ActFacts;
  /** The map's authority, which arrête the appointment [001 art. 3–4]. */
  authority: DesignatingAuthority;
  department: ActDepartment;
  arreteKind: ArreteKind;
  regime: { code: string; name: string; legalBasis: string; titularOnly: boolean; jointInterview: boolean };
  agent: { name: string; grade: string; service: string };
  services: string[];
  map: { title: string; arreteNumber: string | null; arreteDate: string | null };
  call: { title: string; openingDate: string; closingDate: string } | null;
  headOpinion: { value: OpinionValue; on: string | null; by: string | null } | null;
  commissionOpinion: { value: OpinionValue; commission: string; sessionDate: string } | null;
  interviewDate: string | null;
  startDate: string | null;
}

const visa = (text: string): Content => ({ text: `${text} ;`, style: 'visa' });
/** A text's title inside a sentence: « Vu l’arrêté du … ». */
export const inSentence = (title: string) => title.charAt(0).toLowerCase() + title.slice(1);

/**
 * The arrêté appointing a correspondent, taken by the authority of the map's perimeter after the commission's opinion
 * [001 art. 4; 002 §2.2], its kind and its visas following the regime: under 2026 ministerial for central services,
 * prefectoral for deconcentrated ones [000]; under 2007 always prefectoral [002 §2.2]. A draft leaves number, date and
 * signature blank.
 */
export function appointmentArreteDocument(f: AppointmentArreteFacts): DocumentFrame {
  const texts = regimeTexts(f.regime);
  const draft = !f.act.number;
  const is2026 = f.regime.code === '2026';
  const title = `Arrêté ${arreteAdjective(f.arreteKind)} n° ${f.act.number ?? '……'} du ${frDate(f.act.date) || '……'} portant nomination d’un(e) correspondant(e) de l’action sociale`;
  const visas: Content[] = [
    ...(is2026 ? [visa(`Vu le ${inSentence(TEXTS.CGFP)}`)] : []),
    visa(`Vu le ${inSentence(TEXTS.DECREE_2006_21)}`),
    visa(`Vu l’${inSentence(texts.arrete)}${is2026 ? ', notamment ses articles 3 et 4' : ''}`),
    ...(texts.circular ? [visa(`Vu la ${inSentence(texts.circular)}, notamment son ${CIRCULAR_SECTIONS.appointment[f.regime.code]}`)] : []),
    visa(
      `Vu l’arrêté${f.map.arreteNumber ? ` n° ${f.map.arreteNumber}` : ''}${f.map.arreteDate ? ` du ${frDate(f.map.arreteDate)}` : ''} fixant la carte d’implantation des correspondants de l’action sociale « ${f.map.title} »`,
    ),
    ...(f.call
      ? [visa(`Vu l’appel à candidatures « ${f.call.title} », ouvert du ${frDate(f.call.openingDate)} au ${frDate(f.call.closingDate)}`)]
      : []),
    ...(f.headOpinion
      ? [
          visa(
            `Vu l’avis motivé ${OPINION_LABELS[f.headOpinion.value]} du chef de service${f.headOpinion.by ? ` (${f.headOpinion.by})` : ''}${f.headOpinion.on ? ` du ${frDate(f.headOpinion.on)}` : ''}`,
          ),
        ]
      : []),
    ...(f.commissionOpinion
      ? [
          visa(
            `Vu l’avis ${OPINION_LABELS[f.commissionOpinion.value]} de la commission « ${f.commissionOpinion.commission} » émis lors de sa séance du ${frDate(f.commissionOpinion.sessionDate)}`,
          ),
        ]
      : []),
    ...(f.interviewDate
      ? [
          visa(
            `Vu l’entretien ${f.regime.jointInterview ? 'conjoint avec le chef de service d’affectation et le responsable du service d’action sociale' : 'avec le chef de service d’affectation'} du ${frDate(f.interviewDate)}`,
          ),
        ]
      : []),
  ];
  const start = f.startDate ? `à compter du ${frDate(f.startDate)}` : 'à compter de la date du présent arrêté';
  const articles: [string, string][] = [
    [
      'Article 1er',
      `${f.agent.name}, ${f.agent.grade}, affecté(e) à ${f.agent.service}, ${f.regime.titularOnly ? 'fonctionnaire titulaire, ' : ''}est nommé(e) correspondant(e) de l’action sociale ${start}.`,
    ],
    [
      'Article 2',
      `L’intéressé(e) exerce sa mission au bénéfice des agents des services suivants, figurant sur la carte d’implantation, et a libre accès à leurs locaux : ${f.services.join(' ; ')}.`,
    ],
    [
      'Article 3',
      is2026
        ? 'Le présent arrêté est accompagné d’une lettre de mission, signée conjointement par l’intéressé(e), son chef de service et le responsable du service d’action sociale, qui précise le temps dédié à la mission, les moyens logistiques et fonctionnels, les modalités de formation et la mention de la mission dans l’entretien professionnel annuel. La nomination prend effet avec cette lettre.'
        : 'Une lettre de mission formalise le temps consacré à la mission et les moyens fonctionnels et logistiques convenus lors de l’entretien avec le chef de service d’affectation.',
    ],
    [
      'Article 4',
      'Le service d’action sociale informe de cette nomination l’ensemble des agents des services concernés ; l’identité et les coordonnées du correspondant sont affichées sur le panneau dédié à l’action sociale.',
    ],
    [
      'Article 5',
      'Le responsable du service d’action sociale est chargé de l’exécution du présent arrêté, qui sera notifié à l’intéressé(e).',
    ],
  ];
  const who = {
    authority: f.authority,
    departmentId: null,
    departmentName: f.department ? `${f.department.name} (${f.department.code})` : null,
  };
  const by = authorityTitle(f.authority, f.department);
  const signed = f.act.signatory
    ? signatureLine(who, f.act.signatory.name, f.act.signatory.capacity, f.act.signatory.title, inSentence(by))
    : `${by}\n(signature)`;
  return {
    title: `${draft ? 'Projet d’arrêté' : 'Arrêté'} de nomination — ${f.agent.name}`,
    issuer: issuerOf(f.authority, f.department),
    draft,
    references: [...(is2026 ? [TEXTS.CGFP] : []), TEXTS.DECREE_2006_21, ...texts.all, ...(is2026 ? [TEXTS.JOB_DESCRIPTION_2026] : [])],
    content: [
      { text: title, style: 'title' },
      {
        text: `Régime : ${f.regime.name} — autorité de nomination : ${inSentence(by)}`,
        style: 'small',
        alignment: 'center',
        margin: [0, 0, 0, 12],
      },
      { text: `${authorityTitle(f.authority, f.department)},`, bold: true, margin: [0, 0, 0, 8] },
      ...visas,
      { text: 'ARRÊTE :', bold: true, alignment: 'center', margin: [0, 10, 0, 6] },
      ...articles.flatMap(([title, text]): Content[] => [heading(title, 'article'), text]),
      { text: `Fait le ${frDate(f.act.date) || '……'}`, margin: [0, 16, 0, 4] },
      { text: signed, alignment: 'right', margin: [0, 8, 0, 0] },
    ],
  };
}
