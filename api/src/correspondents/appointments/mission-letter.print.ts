import type { Context } from '../../context';
import { timeCreditText } from '../correspondents.rules';
import { MissionLetter } from './mission-letter.entity';
import { regimeTexts } from '../legal-texts';
import { arreteAdjective, coverageText, LETTER_MISSIONS, LETTER_TEXT } from './mission-letter.text';
import { frLongDate as frDate } from '../../shared/french';

export const escape = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

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
  const coverage = coverageText(
    a.sites.getItems().map((s) => `${s.label}, ${s.address}, ${s.postalCode} ${s.city}`),
    a.services.getItems().map((s) => `${s.code} — ${s.name}`),
  );
  const credit =
    letter.timeCreditAmount !== null && letter.timeCreditUnit
      ? timeCreditText(letter.timeCreditAmount, letter.timeCreditUnit)
      : letter.historicalTimeCredit;
  const kind = arreteAdjective(a.arreteKind);
  const li = (items: string[]) => `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
  const signature = (title: string, name: string | null, on: string | null) =>
    `<div><strong>${escape(title)}</strong><br>${escape(name ?? '')}<br>${on ? `Signé le ${escape(frDate(on))}` : '(signature)'}</div>`;
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Lettre de mission — ${escape(agent.firstName)} ${escape(agent.lastName)}</title><style>${STYLE}</style></head>
<body>
<p class="meta">Version ${escape(letter.revision)}${letter.historical ? ' — archive historique (régime 2007)' : ''}</p>
<h1>LETTRE DE MISSION</h1>
<p>À l’attention de ${escape(agent.firstName)} ${escape(agent.lastName)}<br><strong>Correspondant(e) de l’action sociale</strong></p>
<p>Vous avez été nommé(e) correspondant(e) de l’action sociale par arrêté ${kind} n° ${escape(a.arreteNumber)} du ${escape(frDate(a.arreteDate))}.</p>
<p>Vous exercez cette mission dans le cadre des textes référencés ci-dessous :</p>
${li(regimeTexts(a.regime).all)}
<p>${LETTER_TEXT.framework}</p>
<h2>Votre mission</h2>
<p>${LETTER_TEXT.missionIntro}</p>
${li(LETTER_MISSIONS)}
<h2>Les conditions d’exercice</h2>
${li(LETTER_TEXT.conditions)}
<h2>Compétence géographique ou de service</h2>
<p>${coverage.intro}</p>
<ul>${coverage.lines.map((l) => `<li>${l.label} : ${l.items.map(escape).join(' ; ')}</li>`).join('\n')}</ul>
<p>${coverage.premises}</p>
<h2>Moyens fonctionnels et logistiques</h2>
<ul>
<li>Pour l’exercice de vos missions, vous disposerez du crédit de temps suivant : <strong>${escape(credit)}</strong>.</li>
<li>${LETTER_TEXT.travel}</li>
<li>${LETTER_TEXT.meetings}</li>
<li>${LETTER_TEXT.means}${letter.means ? ` : ${escape(letter.means)}` : ''}${letter.dedicatedEmail ? `, ainsi que de l’adresse de messagerie dédiée ${escape(letter.dedicatedEmail)}` : ''}.</li>
</ul>
<h2>Formation</h2>
<p>${escape(letter.trainingModalities ?? LETTER_TEXT.training)}</p>
<h2>Entretien d’évaluation</h2>
<p>${LETTER_TEXT.interview}</p>
<p>${LETTER_TEXT.organigramme}${letter.organigrammePlacement ? ` (${escape(letter.organigrammePlacement)})` : ''}. ${LETTER_TEXT.board}</p>
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
  return ctx.loaders
    .loader<string>('mission-letter:print', async (ids) => {
      const letters = await ctx.em.find(
        MissionLetter,
        { id: { $in: [...ids] } },
        { populate: ['appointment.agent', 'appointment.services', 'appointment.sites', 'appointment.regime'] },
      );
      const byId = new Map(letters.map((l) => [l.id, renderMissionLetter(l)]));
      return ids.map((i) => byId.get(i) ?? '');
    })
    .load(id);
}
