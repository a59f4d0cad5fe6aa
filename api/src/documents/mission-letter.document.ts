import type { Content } from 'pdfmake/interfaces';
import { timeCreditText } from '../correspondents/correspondents.rules';
import { circularAt, regimeTexts, TEXTS } from '../correspondents/legal-texts';
import type { MissionLetter } from '../correspondents/appointments/mission-letter.entity';
import { arreteAdjective, coverageText, LETTER_MISSIONS, LETTER_TEXT } from '../correspondents/appointments/mission-letter.text';
import { frDate } from '../shared/french';
import { issuerOf, type ActDepartment } from './authority';
import { heading, type DocumentFrame } from './pdf';

/** The appointment's facts a letter shows, loaded with it (agent, services, sites, regime, map's department). */
export type LetterRecord = MissionLetter;

const signature = (title: string, name: string | null, on: string | null): Content => ({
  stack: [{ text: title, bold: true }, { text: name ?? ' ' }, { text: on ? `Signé le ${frDate(on)}` : '(signature)', italics: !on }],
  fontSize: 9,
});

/**
 * The mission letter, following the model letter annexed to the texts of 12 February 2026 [000; 001 §2.5]: the
 * appointing arrêté, the texts of the appointment's regime, the missions, the conditions, the services and sites covered,
 * the precise time credit, the means, the training, the mention in the annual interview, the three dated signatures.
 */
export function missionLetterDocument(letter: LetterRecord): DocumentFrame {
  const a = letter.appointment;
  const agent = a.agent;
  const name = `${agent.firstName} ${agent.lastName}`;
  const department: ActDepartment = a.map.department ? { code: a.map.department.code, name: a.map.department.name } : null;
  const texts = regimeTexts(a.regime);
  const credit =
    letter.timeCreditAmount !== null && letter.timeCreditUnit
      ? timeCreditText(letter.timeCreditAmount, letter.timeCreditUnit)
      : (letter.historicalTimeCredit ?? '—');
  const coverage = coverageText(
    a.sites.getItems().map((s) => `${s.label}, ${s.address}, ${s.postalCode} ${s.city}`),
    a.services.getItems().map((s) => s.name),
  );
  const means = `${LETTER_TEXT.means}${letter.means ? ` : ${letter.means}` : ''}${letter.dedicatedEmail ? `, ainsi que de l’adresse de messagerie dédiée ${letter.dedicatedEmail}` : ''}.`;
  return {
    title: `Lettre de mission — ${name} (version ${letter.revision})`,
    issuer: issuerOf(a.map.authority, department),
    draft: !letter.signedOn,
    references: [
      texts.arrete,
      circularAt(a.regime, 'letter') ?? a.regime.legalBasis,
      ...(a.regime.code === '2026' ? [TEXTS.JOB_DESCRIPTION_2026] : []),
    ],
    content: [
      { text: 'LETTRE DE MISSION', style: 'title' },
      ...(letter.historical
        ? [
            {
              text: 'Archive historique (régime 2007) : lettre conservée telle qu’elle a été rédigée.',
              style: 'small',
              alignment: 'center' as const,
            },
          ]
        : []),
      { text: [`À l’attention de `, { text: name, bold: true }, '\nCorrespondant(e) de l’action sociale'], margin: [0, 8, 0, 8] },
      `Vous avez été nommé(e) correspondant(e) de l’action sociale par arrêté ${arreteAdjective(a.arreteKind)} n° ${a.arreteNumber} du ${frDate(a.arreteDate)}.`,
      { text: 'Vous exercez cette mission dans le cadre des textes référencés ci-dessous :', margin: [0, 6, 0, 2] },
      { ul: texts.all },
      { text: LETTER_TEXT.framework, margin: [0, 6, 0, 0] },
      heading('Votre mission'),
      LETTER_TEXT.missionIntro,
      { ul: LETTER_MISSIONS },
      heading('Les conditions d’exercice'),
      { ul: LETTER_TEXT.conditions },
      heading('Compétence géographique ou de service'),
      coverage.intro,
      { ul: coverage.lines.map((l) => `${l.label} : ${l.items.join(' ; ')}`) },
      coverage.premises,
      heading('Moyens fonctionnels et logistiques'),
      {
        ul: [
          { text: ['Pour l’exercice de vos missions, vous disposerez du crédit de temps suivant : ', { text: credit, bold: true }, '.'] },
          LETTER_TEXT.travel,
          LETTER_TEXT.meetings,
          means,
        ],
      },
      heading('Formation'),
      letter.trainingModalities ?? LETTER_TEXT.training,
      heading('Entretien d’évaluation'),
      LETTER_TEXT.interview,
      {
        text: `${LETTER_TEXT.organigramme}${letter.organigrammePlacement ? ` (${letter.organigrammePlacement})` : ''}. ${LETTER_TEXT.board}`,
        margin: [0, 4, 0, 0],
      },
      { text: `Le ${frDate(letter.signedOn) || '……'}`, margin: [0, 14, 0, 8] },
      {
        columns: [
          signature('Le chef de service', letter.headOfServiceName, letter.headOfServiceSignedOn),
          signature('Le responsable du service d’action sociale', letter.socialActionHeadName, letter.socialActionHeadSignedOn),
          signature('Le correspondant de l’action sociale', name, letter.agentSignedOn),
        ],
        columnGap: 12,
      },
    ],
  };
}
