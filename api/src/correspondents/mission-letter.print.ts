import type { Context } from '../context';
import { ArreteKind } from './enums';
import { timeCreditText } from './correspondents.rules';
import { MissionLetter } from './mission-letter.entity';
import { frLongDate as frDate } from '../shared/french';

export const escape = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);


const MISSIONS = [
  'diffuser auprès des agents, par tous moyens de communication mis à votre disposition, notamment par voie d’affichage sur le panneau dédié à l’action sociale, tous les documents concernant l’action sociale interministérielle et ministérielle, provenant des sous-directions de l’action sociale et du service départemental d’action sociale (circulaires, notes, publications et informations sur les prestations d’action sociale et tous les documents élaborés par la commission locale d’action sociale à l’intention des agents) ;',
  'informer les agents sur les initiatives locales décidées par la commission d’action sociale compétente et sur les offres des fondations, associations et organismes associés à la politique sociale du Ministère de l’Intérieur ;',
  'renseigner les agents sur les coordonnées des professionnels de soutien (médecins de prévention, psychologues, assistants sociaux), sans vous y substituer ;',
  'informer le service d’action sociale sur les attentes et les besoins des personnels en matière sociale, en formulant le cas échéant des propositions ;',
  'assurer, à la demande du service d’action sociale dont vous relevez fonctionnellement, toute action d’information ou de remontée d’information ;',
  'assister aux assemblées plénières des commissions d’action sociale, en tant qu’observateur ou, à la demande d’un des membres de la commission, en qualité d’expert ;',
  'participer aux réunions d’information organisées, au moins une fois par an, par le service d’action sociale.',
];

const TEXTS: Record<string, string[]> = {
  '2026': [
    'Arrêté du 12 février 2026 relatif aux correspondants de l’action sociale du Ministère de l’Intérieur',
    'Circulaire du 12 février 2026 relative au statut des correspondants de l’action sociale du Ministère de l’Intérieur',
  ],
  '2007': [
    'Arrêté du 31 décembre 2007 relatif aux correspondants de l’action sociale du ministère de l’intérieur, de l’outre-mer et des collectivités territoriales',
    'Circulaire NOR/INT/A/07/00130/C du 31 décembre 2007 portant réforme du statut des correspondants de l’action sociale',
  ],
};

const STYLE = `
  @page { size: A4; margin: 2cm; }
  body { font-family: Marianne, Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #161616; max-width: 17cm; margin: auto; }
  h1 { text-align: center; font-size: 16pt; letter-spacing: .05em; } h2 { font-size: 11.5pt; text-transform: uppercase; margin-top: 1.4em; border-bottom: 1px solid #000091; color: #000091; }
  .meta { font-size: 9pt; color: #666; } .signatures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1em; margin-top: 2em; }
  .signatures div { border-top: 1px solid #999; padding-top: .4em; min-height: 4em; } @media print { .meta { display: none; } }`;

/** The letter as print-styled HTML, following the model letter annexed to the 2026 circular [001]; every value escaped. */
export function renderMissionLetter(letter: MissionLetter): string {
  const a = letter.appointment;
  const agent = a.agent;
  const services = a.services.getItems();
  const sites = a.sites.getItems();
  const credit = letter.timeCreditAmount !== null && letter.timeCreditUnit ? timeCreditText(letter.timeCreditAmount, letter.timeCreditUnit) : letter.historicalTimeCredit;
  const kind = a.arreteKind === ArreteKind.MINISTERIAL ? 'ministériel' : 'préfectoral';
  const li = (items: string[]) => `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
  const signature = (title: string, name: string | null, on: string | null) => `<div><strong>${escape(title)}</strong><br>${escape(name ?? '')}<br>${on ? `Signé le ${escape(frDate(on))}` : '(signature)'}</div>`;
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Lettre de mission — ${escape(agent.firstName)} ${escape(agent.lastName)}</title><style>${STYLE}</style></head>
<body>
<p class="meta">Version ${escape(letter.revision)}${letter.historical ? ' — archive historique (régime 2007)' : ''}</p>
<h1>LETTRE DE MISSION</h1>
<p>À l’attention de ${escape(agent.firstName)} ${escape(agent.lastName)}<br><strong>Correspondant(e) de l’action sociale</strong></p>
<p>Vous avez été nommé(e) correspondant(e) de l’action sociale par arrêté ${kind} n° ${escape(a.arreteNumber)} du ${escape(frDate(a.arreteDate))}.</p>
<p>Vous exercez cette mission dans le cadre des textes référencés ci-dessous :</p>
${li(TEXTS[a.regime.code] ?? [a.regime.legalBasis])}
<p>À ce titre, vous êtes chargé(e) d’exercer l’ensemble des missions afférentes à cette fonction, dans les conditions précisées ci-après, notamment en ce qui concerne le temps qui y est consacré ainsi que les moyens logistiques et fonctionnels mis à votre disposition.</p>
<h2>Votre mission</h2>
<p>Exerçant une activité de service, et une mission de proximité auprès des agents, vous devrez :</p>
${li(MISSIONS)}
<h2>Les conditions d’exercice</h2>
${li(['Pendant vos heures de service, au bénéfice des agents du Ministère de l’Intérieur.', 'Sous l’autorité de votre chef de service d’affectation et dans le cadre d’une relation directe, fonctionnelle et technique avec le responsable du service d’action sociale.'])}
<h2>Compétence géographique ou de service</h2>
<p>Vous exercerez votre activité au bénéfice des agents du(es) établissement(s) suivant(s) :</p>
<ul><li>Établissements : ${sites.length ? sites.map((s) => escape(`${s.label}, ${s.address}, ${s.postalCode} ${s.city}`)).join(' ; ') : '—'}</li>
<li>Services situés : ${services.map((s) => escape(`${s.code} — ${s.name}`)).join(' ; ')}</li></ul>
<p>et vous aurez libre accès aux locaux de ces sites.</p>
<h2>Moyens fonctionnels et logistiques</h2>
<ul>
<li>Pour l’exercice de vos missions, vous disposerez du crédit de temps suivant : <strong>${escape(credit)}</strong>.</li>
<li>Si vous devez vous déplacer hors de votre résidence administrative, sous couvert d’un ordre de mission, vous serez défrayé(e) dans les conditions prévues par la réglementation en vigueur.</li>
<li>Vous participerez en tant que de besoin aux réunions se rapportant à vos missions, notamment aux assemblées plénières des commissions d’action sociale et aux réunions d’information organisées par le responsable du service d’action sociale.</li>
<li>Vous disposerez de la documentation utile, d’un accès à l’intranet de l’action sociale et des moyens matériels nécessaires${letter.means ? ` : ${escape(letter.means)}` : ''}${letter.dedicatedEmail ? `, ainsi que de l’adresse de messagerie dédiée ${escape(letter.dedicatedEmail)}` : ''}.</li>
</ul>
<h2>Formation</h2>
<p>${escape(letter.trainingModalities ?? 'Vous bénéficierez, dans un premier temps, après votre prise de poste, d’une formation en e-learning. Par la suite, vous aurez accès aux actions de formation continue dans le domaine de l’action sociale, définies par les sous-directions de l’action sociale et mises en œuvre localement par les services déconcentrés de formation et d’action sociale.')}</p>
<h2>Entretien d’évaluation</h2>
<p>Les missions liées à votre fonction de correspondant(e) de l’action sociale seront mentionnées dans votre entretien professionnel annuel. Elles feront l’objet d’une attention particulière de la part de votre supérieur hiérarchique.</p>
<p>Par ailleurs, votre positionnement en tant que correspondant(e) sera formalisé dans l’organigramme du service${letter.organigrammePlacement ? ` (${escape(letter.organigrammePlacement)})` : ''}. Votre identité et vos coordonnées seront également affichées sur le panneau dédié à l’action sociale, afin de garantir votre visibilité auprès des agents.</p>
<p>Le ${escape(frDate(letter.signedOn))}</p>
<div class="signatures">
${signature('Le chef de service', letter.headOfServiceName, letter.headOfServiceSignedOn)}
${signature('Le responsable du service d’action sociale', letter.socialActionHeadName, letter.socialActionHeadSignedOn)}
${signature('Le correspondant de l’action sociale', `${agent.firstName} ${agent.lastName}`, letter.agentSignedOn)}
</div>
</body></html>`;
}

/** The printable letters of a request, with what they show, in a few queries whatever their number. */
export function printableLetter(ctx: Context, id: string): Promise<string> {
  return ctx.loaders.loader<string>('mission-letter:print', async (ids) => {
    const letters = await ctx.em.find(MissionLetter, { id: { $in: [...ids] } }, { populate: ['appointment.agent', 'appointment.services', 'appointment.sites', 'appointment.regime'] });
    const byId = new Map(letters.map((l) => [l.id, renderMissionLetter(l)]));
    return ids.map((i) => byId.get(i) ?? '');
  }).load(id);
}
