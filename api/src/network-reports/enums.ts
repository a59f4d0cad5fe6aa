import { registerEnumType } from 'type-graphql';

/** The reports of the social service network [004 §II.1–3]. */
export enum NetworkReportKind {
  /** Each ASS's yearly activity report, to the prefect and the CTR, presented once a year to the departmental CHSCT [004 §II.3]. */
  ASS_ANNUAL = 'ASS_ANNUAL',
  /** Each CTR's quarterly report to the central level (the SDASAP) on the difficulties met by the ASS [004 §II.2]. */
  CTR_QUARTERLY = 'CTR_QUARTERLY',
  /** The CTN's yearly statistics of the network's activity at national level [004 §II.1]. */
  CTN_ANNUAL = 'CTN_ANNUAL',
}

/** The departmental health and safety body an ASS's report is presented to: the CHSCT, and since 2023 the F3SCT. */
export enum PresentationBody {
  CHSCT = 'CHSCT',
  F3SCT = 'F3SCT',
}

registerEnumType(NetworkReportKind, { name: 'NetworkReportKind', description: 'Les rapports du réseau du service social [004 §II.1–3].' });
registerEnumType(PresentationBody, {
  name: 'PresentationBody',
  description:
    'L’instance départementale de santé et de sécurité devant laquelle le rapport annuel d’une ASS est présenté : le CHSCT, puis la F3SCT [004 §II.3].',
});
