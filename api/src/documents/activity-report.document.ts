import type { Content } from 'pdfmake/interfaces';
import { OPINION_LABELS, type OpinionValue } from '../commissions/enums';
import type { ActivityFigures } from '../correspondents/indicators/indicators.types';
import { circularAt, regimeTexts } from '../correspondents/legal-texts';
import { ofDepartment } from '../referential/department-names';
import { DesignatingAuthority } from '../referential/enums';
import { frCount, frDate, frNumber } from '../shared/french';
import { issuerOf } from './authority';
import { heading, table, type DocumentFrame } from './pdf';

/** The figures of a year, in the order the reports show them, with their French labels. */
export const FIGURE_LABELS: [Exclude<keyof ActivityFigures, 'year'>, string][] = [
  ['mapServices', 'Services sur la carte (au 31 décembre)'],
  ['requiredCorrespondents', 'Correspondants requis'],
  ['correspondents', 'Correspondants nommés (au 31 décembre)'],
  ['effectiveCorrespondents', 'dont effectifs (lettre de mission signée)'],
  ['uncoveredServices', 'Services insuffisamment couverts'],
  ['candidaciesFiled', 'Candidatures déposées'],
  ['appointmentsMade', 'Nominations'],
  ['appointmentsEnded', 'Fins de fonctions'],
  ['initialTrainings', 'Formations initiales suivies'],
  ['continuingTrainings', 'Formations continues suivies'],
  ['informationMeetings', 'Réunions d’information'],
  ['meetingAttendances', 'Présences aux réunions d’information'],
  ['fieldReports', 'Remontées de terrain'],
  ['difficultiesReported', 'dont difficultés signalées'],
  ['sessionAttendances', 'Présences aux séances de la commission'],
];

/** The regime a year's report is made under: the one in force on its 31 December. */
export type ReportRegime = { code: string; name: string; legalBasis: string };

const AGGREGATES = 'Ce rapport ne contient que des données agrégées, calculées à partir du registre : aucune situation individuelle.';

const figuresTable = (f: ActivityFigures): Content =>
  table(
    ['Indicateur', String(f.year)],
    FIGURE_LABELS.map(([key, label]) => [label, frNumber(f[key])]),
    ['*', 80],
    ['left', 'right'],
  );

/** The ratio « 12 sur 15 (80 %) », for the summary lines. */
const share = (part: number, whole: number) =>
  whole ? `${frNumber(part)} sur ${frNumber(whole)} (${frNumber(Math.round((part / whole) * 1000) / 10)} %)` : `${frNumber(part)}`;

export interface AnnualReportFacts {
  year: number;
  department: { code: string; name: string };
  status: 'DRAFT' | 'PRESENTED';
  narrative: string | null;
  opinion: { value: OpinionValue; reasons: string | null; proposals: string | null; commission: string; sessionDate: string } | null;
  figures: ActivityFigures;
  regime: ReportRegime;
}

/**
 * A department's annual activity report of its correspondents, prepared by the departmental social action service and
 * presented to the locally competent commission, which may make proposals [001 §2.7; 002 §3.3]: the year's figures
 * from the data, the service's narrative, the commission's opinion and proposals.
 */
export function annualReportDocument(f: AnnualReportFacts): DocumentFrame {
  const circular = circularAt(f.regime, 'report');
  const dept = `${f.department.name} (${f.department.code})`;
  return {
    title: `Rapport annuel d’activité ${f.year} des correspondants de l’action sociale — ${dept}`,
    issuer: issuerOf(DesignatingAuthority.PREFECT, f.department),
    draft: f.status === 'DRAFT',
    references: [...regimeTexts(f.regime).all.filter((t) => !circular?.startsWith(t)), ...(circular ? [circular] : [])],
    content: [
      { text: `Rapport annuel d’activité ${f.year}`, style: 'title' },
      {
        text: `Réseau des correspondants de l’action sociale ${ofDepartment(f.department.code, f.department.name)} (${f.department.code})`,
        style: 'subtitle',
      },
      {
        text: `Préparé par le service départemental d’action sociale et présenté à la commission d’action sociale localement compétente${circular ? ` (${circular})` : ''}.`,
        style: 'small',
      },
      heading('Synthèse'),
      {
        ul: [
          `Couverture de la carte au 31 décembre : ${share(f.figures.mapServices - f.figures.uncoveredServices, f.figures.mapServices)} services couverts.`,
          `Correspondants effectifs : ${share(f.figures.effectiveCorrespondents, f.figures.requiredCorrespondents)} correspondants requis.`,
          `Réunions d’information dans l’année : ${frNumber(f.figures.informationMeetings)} (au moins une par an).`,
        ],
      },
      heading('Chiffres de l’année'),
      figuresTable(f.figures),
      { text: AGGREGATES, style: 'small' },
      heading('Présentation'),
      f.narrative ?? '—',
      heading('Avis et propositions de la commission'),
      f.opinion
        ? {
            stack: [
              `Avis ${OPINION_LABELS[f.opinion.value]} de la commission « ${f.opinion.commission} », séance du ${frDate(f.opinion.sessionDate)}.`,
              ...(f.opinion.reasons ? [`Motifs : ${f.opinion.reasons}`] : []),
              `Propositions : ${f.opinion.proposals ?? 'aucune'}`,
            ],
          }
        : 'Rapport non encore présenté à la commission.',
    ],
  };
}

export interface NationalSynthesisFacts {
  year: number;
  totals: ActivityFigures;
  departments: { code: string; name: string; figures: ActivityFigures }[];
  regime: ReportRegime;
  /** The sub-directorate's narrative, when the synthesis is recorded. */
  narrative: string | null;
  /** Its presentation to the CNAS: the session and the CNAS's opinion and proposals [001 §2.7]. */
  presentation: { sessionDate: string; value: OpinionValue; reasons: string | null; proposals: string | null } | null;
}

/** The columns of the per-department table of the synthesis (the page is A4 portrait: the main figures only). */
const DEPARTMENT_COLUMNS: [Exclude<keyof ActivityFigures, 'year'>, string][] = [
  ['mapServices', 'Services'],
  ['requiredCorrespondents', 'Requis'],
  ['effectiveCorrespondents', 'Effectifs'],
  ['uncoveredServices', 'Non couverts'],
  ['appointmentsMade', 'Nominations'],
  ['informationMeetings', 'Réunions'],
  ['fieldReports', 'Remontées'],
];

/**
 * The national synthesis of the departments' annual reports, prepared by the social action sub-directorate of the
 * secretariat general and presented to the national social action commission (CNAS) [001 §2.7]: the sum of every
 * department's figures, then each department's.
 */
export function nationalSynthesisDocument(f: NationalSynthesisFacts): DocumentFrame {
  const circular = circularAt(f.regime, 'report');
  return {
    title: `Synthèse nationale ${f.year} des rapports d’activité des correspondants de l’action sociale`,
    issuer: issuerOf(DesignatingAuthority.SECRETARY_GENERAL, null),
    references: [...regimeTexts(f.regime).all.filter((t) => !circular?.startsWith(t)), ...(circular ? [circular] : [])],
    content: [
      { text: `Synthèse nationale ${f.year}`, style: 'title' },
      {
        text: 'Rapports annuels d’activité des correspondants de l’action sociale, pour la commission nationale d’action sociale (CNAS)',
        style: 'subtitle',
      },
      {
        text: `Préparée par la sous-direction de l’action sociale du secrétariat général${circular ? ` (${circular})` : ''} : la somme des chiffres de ${frCount(f.departments.length, 'département', 'départements')}.`,
        style: 'small',
      },
      heading('Chiffres nationaux'),
      figuresTable(f.totals),
      heading('Par département'),
      table(
        ['Département', ...DEPARTMENT_COLUMNS.map(([, label]) => label)],
        f.departments.map((d) => [`${d.name} (${d.code})`, ...DEPARTMENT_COLUMNS.map(([key]) => frNumber(d.figures[key]))]),
        ['*', ...DEPARTMENT_COLUMNS.map(() => 40)],
        ['left', ...DEPARTMENT_COLUMNS.map(() => 'right' as const)],
        8,
      ),
      { text: AGGREGATES, style: 'small' },
      ...(f.narrative ? [heading('Présentation'), f.narrative] : []),
      heading('Présentation à la CNAS'),
      f.presentation
        ? {
            stack: [
              `Présentée à la commission nationale d’action sociale lors de sa séance du ${frDate(f.presentation.sessionDate)} : avis ${OPINION_LABELS[f.presentation.value]}.`,
              ...(f.presentation.reasons ? [`Motifs : ${f.presentation.reasons}`] : []),
              `Propositions : ${f.presentation.proposals ?? 'aucune'}`,
            ],
          }
        : 'Synthèse non encore présentée à la CNAS.',
    ],
  };
}
