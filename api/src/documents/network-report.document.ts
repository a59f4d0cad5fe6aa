import { NetworkReportKind, type PresentationBody } from '../network-reports/enums';
import { citation } from '../network-reports/network-reports.rules';
import { DesignatingAuthority } from '../referential/enums';
import { frDate, frNumber } from '../shared/french';
import { issuerOf } from './authority';
import { heading, table, type DocumentFrame } from './pdf';

export interface NetworkReportFacts {
  kind: NetworkReportKind;
  post: { code: string; title: string };
  /** The department of the post's residence (an ASS's), or null for a central post. */
  department: { code: string; name: string } | null;
  year: number;
  quarter: number | null;
  period: { from: string; to: string };
  submittedOn: string;
  presentedOn: string | null;
  presentationBody: PresentationBody | null;
  narrative: string | null;
  figures: { label: string; value: number }[];
}

const CIRCULAR =
  'Circulaire NOR INTK1307790C (2013) relative aux missions et à l’organisation du réseau du service social du ministère de l’Intérieur';

const TITLE: Record<NetworkReportKind, (f: NetworkReportFacts) => string> = {
  [NetworkReportKind.ASS_ANNUAL]: (f) => `Rapport d’activité ${f.year} de l’assistant(e) de service social`,
  [NetworkReportKind.CTR_QUARTERLY]: (f) =>
    `Bilan du ${f.quarter}${f.quarter === 1 ? 'er' : 'e'} trimestre ${f.year} du conseiller technique régional`,
  [NetworkReportKind.CTN_ANNUAL]: (f) => `Statistiques annuelles ${f.year} du réseau du service social`,
};

/** To whom each report goes [004 §II.1–3]. */
const ADDRESSEES: Record<NetworkReportKind, string> = {
  [NetworkReportKind.ASS_ANNUAL]:
    'Présenté au préfet du département d’affectation et au conseiller technique dont relève l’assistant(e), puis, une fois par an, au CHSCT départemental (aujourd’hui la formation spécialisée F3SCT).',
  [NetworkReportKind.CTR_QUARTERLY]:
    'Adressé au niveau central (sous-direction de l’action sociale et de l’accompagnement du personnel) : difficultés rencontrées par les assistants de service social sur le terrain.',
  [NetworkReportKind.CTN_ANNUAL]: 'Compte rendu de l’activité du réseau au niveau national, par le conseiller technique national.',
};

const AGGREGATES =
  'Ce document ne contient que des données agrégées calculées à partir du registre, et aucune situation individuelle : les assistants de service social sont tenus au secret professionnel.';

/**
 * A report of the social service network — foremost an ASS's yearly activity report [004 §II.3] — with its period, its
 * dates, its presentation to the departmental health and safety body, and its figures computed from the registry.
 */
export function networkReportDocument(f: NetworkReportFacts): DocumentFrame {
  const title = TITLE[f.kind](f);
  const where = f.department ? ` — ${f.department.name} (${f.department.code})` : '';
  const body =
    f.presentationBody === 'CHSCT'
      ? 'au comité d’hygiène, de sécurité et des conditions de travail (CHSCT) départemental'
      : 'à la formation spécialisée en santé, sécurité et conditions de travail (F3SCT) départementale';
  return {
    title: `${title}${where}`,
    issuer: f.department ? issuerOf(DesignatingAuthority.PREFECT, f.department) : issuerOf(DesignatingAuthority.SECRETARY_GENERAL, null),
    references: [`${CIRCULAR}, ${citation(f.kind).split(', ')[1]}`],
    content: [
      { text: title, style: 'title' },
      { text: `Poste ${f.post.code} — ${f.post.title}${where}`, style: 'subtitle' },
      { text: ADDRESSEES[f.kind], style: 'small' },
      heading('Période et dates'),
      {
        ul: [
          `Période : du ${frDate(f.period.from)} au ${frDate(f.period.to)}.`,
          `Remis le ${frDate(f.submittedOn)}.`,
          ...(f.kind === NetworkReportKind.ASS_ANNUAL
            ? [f.presentedOn ? `Présenté le ${frDate(f.presentedOn)} ${body}.` : 'Pas encore présenté au CHSCT départemental (F3SCT).']
            : []),
        ],
      },
      heading('Chiffres de la période'),
      table(
        ['Indicateur', 'Valeur'],
        f.figures.map((x) => [x.label, frNumber(x.value)]),
        ['*', 80],
        ['left', 'right'],
      ),
      { text: AGGREGATES, style: 'small' },
      heading('Commentaire'),
      f.narrative ?? '—',
    ],
  };
}
