import { ArreteKind } from '../enums';

/*
 * The wording of the model mission letter annexed to the texts of 12 February 2026 [000; 001, annexe « Lettre de
 * mission »], shared by the printed HTML letter and the PDF document.
 */

export const LETTER_MISSIONS = [
  'diffuser auprès des agents, par tous moyens de communication mis à votre disposition, notamment par voie d’affichage sur le panneau dédié à l’action sociale, tous les documents concernant l’action sociale interministérielle et ministérielle, provenant des sous-directions de l’action sociale et du service départemental d’action sociale (circulaires, notes, publications et informations sur les prestations d’action sociale et tous les documents élaborés par la commission locale d’action sociale à l’intention des agents) ;',
  'informer les agents sur les initiatives locales décidées par la commission d’action sociale compétente et sur les offres des fondations, associations et organismes associés à la politique sociale du Ministère de l’Intérieur ;',
  'renseigner les agents sur les coordonnées des professionnels de soutien (médecins de prévention, psychologues, assistants sociaux), sans vous y substituer ;',
  'informer le service d’action sociale sur les attentes et les besoins des personnels en matière sociale, en formulant le cas échéant des propositions ;',
  'assurer, à la demande du service d’action sociale dont vous relevez fonctionnellement, toute action d’information ou de remontée d’information ;',
  'assister aux assemblées plénières des commissions d’action sociale, en tant qu’observateur ou, à la demande d’un des membres de la commission, en qualité d’expert ;',
  'participer aux réunions d’information organisées, au moins une fois par an, par le service d’action sociale.',
];

export const LETTER_TEXT = {
  framework:
    'À ce titre, vous êtes chargé(e) d’exercer l’ensemble des missions afférentes à cette fonction, dans les conditions précisées ci-après, notamment en ce qui concerne le temps qui y est consacré ainsi que les moyens logistiques et fonctionnels mis à votre disposition.',
  missionIntro: 'Exerçant une activité de service, et une mission de proximité auprès des agents, vous devrez :',
  conditions: [
    'Pendant vos heures de service, au bénéfice des agents du Ministère de l’Intérieur.',
    'Sous l’autorité de votre chef de service d’affectation et dans le cadre d’une relation directe, fonctionnelle et technique avec le responsable du service d’action sociale.',
  ],
  travel:
    'Si vous devez vous déplacer hors de votre résidence administrative, sous couvert d’un ordre de mission, vous serez défrayé(e) dans les conditions prévues par la réglementation en vigueur.',
  meetings:
    'Vous participerez en tant que de besoin aux réunions se rapportant à vos missions, notamment aux assemblées plénières des commissions d’action sociale et aux réunions d’information organisées par le responsable du service d’action sociale.',
  means: 'Vous disposerez de la documentation utile, d’un accès à l’intranet de l’action sociale et des moyens matériels nécessaires',
  training:
    'Vous bénéficierez, dans un premier temps, après votre prise de poste, d’une formation en e-learning. Par la suite, vous aurez accès aux actions de formation continue dans le domaine de l’action sociale, définies par les sous-directions de l’action sociale et mises en œuvre localement par les services déconcentrés de formation et d’action sociale.',
  interview:
    'Les missions liées à votre fonction de correspondant(e) de l’action sociale seront mentionnées dans votre entretien professionnel annuel. Elles feront l’objet d’une attention particulière de la part de votre supérieur hiérarchique.',
  organigramme: 'Par ailleurs, votre positionnement en tant que correspondant(e) sera formalisé dans l’organigramme du service',
  board:
    'Votre identité et vos coordonnées seront également affichées sur le panneau dédié à l’action sociale, afin de garantir votre visibilité auprès des agents.',
};

/** What the letter's « Compétence géographique ou de service » says: its sentence, its list, the premises' phrase. */
export interface CoverageText {
  intro: string;
  /** « Établissements : … », « Services situés : … »: a label and the names it lists. */
  lines: { label: string; items: string[] }[];
  premises: string;
}

/**
 * The model letter's « au bénéfice des agents du(es) établissement(s) suivant(s) : … et vous aurez libre accès aux
 * locaux de ces sites » [000; 001, annexe « Lettre de mission »], written out for what the appointment covers: « de
 * l’établissement suivant » and « de ce site » for one site, « des établissements suivants » and « de ces sites » for
 * several. An appointment that names no site covers its services' premises: the sentence names the services (« du
 * service suivant », « des services suivants ») and no « Établissements : — » line is left blank. As in `frCount`, 0
 * and 1 take the singular.
 */
export function coverageText(sites: string[], services: string[]): CoverageText {
  const one = (items: string[]) => items.length < 2;
  const intro = 'Vous exercerez votre activité au bénéfice des agents';
  if (sites.length === 0) {
    return {
      intro: `${intro} ${one(services) ? 'du service suivant' : 'des services suivants'} :`,
      lines: [{ label: one(services) ? 'Service' : 'Services', items: services }],
      premises: `et vous aurez libre accès ${one(services) ? 'à ses locaux' : 'à leurs locaux'}.`,
    };
  }
  return {
    intro: `${intro} ${one(sites) ? 'de l’établissement suivant' : 'des établissements suivants'} :`,
    lines: [
      { label: one(sites) ? 'Établissement' : 'Établissements', items: sites },
      { label: one(services) ? 'Service situé' : 'Services situés', items: services },
    ],
    premises: `et vous aurez libre accès aux locaux ${one(sites) ? 'de ce site' : 'de ces sites'}.`,
  };
}

/** « ministériel », « préfectoral »: the adjective of the appointing arrêté. */
export const arreteAdjective = (kind: ArreteKind) => (kind === ArreteKind.MINISTERIAL ? 'ministériel' : 'préfectoral');
