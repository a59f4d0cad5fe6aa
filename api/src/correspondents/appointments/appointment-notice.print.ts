import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { SupportKind, SupportProfessional } from '../../directory/support-professional.entity';
import { validOn } from '../../shared/dated';
import { today } from '../../shared/scalars';
import { Appointment } from './appointment.entity';
import { signatureLine } from './arrete.rules';
import { AppointmentStatus } from '../enums';
import { frLongDate as frDate } from '../../shared/french';
import { escape } from './mission-letter.print';

const KINDS: Record<SupportKind, string> = {
  SOCIAL_WORKER: 'Service social',
  OPERATIONAL_SUPPORT_PSYCHOLOGIST: 'Soutien psychologique',
  PREVENTION_DOCTOR: 'Médecine de prévention',
  OTHER: 'Autre contact',
};

const STYLE = `
  @page { size: A4; margin: 2cm; }
  body { font-family: Marianne, Arial, sans-serif; font-size: 13pt; color: #161616; max-width: 17cm; margin: auto; }
  h1 { color: #000091; text-align: center; } .who { font-size: 18pt; font-weight: bold; text-align: center; margin: .4em 0; }
  .contact { text-align: center; } h2 { font-size: 12pt; border-bottom: 1px solid #000091; color: #000091; margin-top: 1.4em; }
  .note { color: #ce0500; text-align: center; } .meta { font-size: 9pt; color: #666; margin-top: 2em; }`;

/**
 * The notice posted on the action-sociale board of the covered services [001 §2.2; 000]: the correspondent's identity
 * and professional contacts, the services and sites covered, the appointing act, and the support professionals of
 * the directory [001 art. 5]. Every value escaped.
 */
export function renderNotice(appointment: Appointment, directory: SupportProfessional[]): string {
  const agent = appointment.agent;
  const services = appointment.services
    .getItems()
    .map((s) => `<li>${escape(s.name)}</li>`)
    .join('');
  const sites = appointment.sites
    .getItems()
    .map((s) => `<li>${escape(`${s.label} — ${s.address}, ${s.postalCode} ${s.city}`)}</li>`)
    .join('');
  const contacts = directory
    .map(
      (p) =>
        `<li><strong>${escape(KINDS[p.kind])}</strong> : ${escape(p.name)}${p.phone ? ` — ${escape(p.phone)}` : ''}${p.email ? ` — ${escape(p.email)}` : ''}</li>`,
    )
    .join('');
  const pending =
    appointment.status === AppointmentStatus.EFFECTIVE
      ? ''
      : '<p class="note">Nomination effective à la signature de la lettre de mission : ne pas afficher avant.</p>';
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Correspondant de l’action sociale</title><style>${STYLE}</style></head><body>
<h1>Votre correspondant de l’action sociale</h1>${pending}
<p class="who">${escape(`${agent.firstName} ${agent.lastName}`)}</p>
<p class="contact">${escape(agent.email ?? '')}${agent.phone ? ` — ${escape(agent.phone)}` : ''}</p>
<p>Il ou elle vous informe sur l’action sociale du ministère de l’Intérieur et interministérielle, relaie vos besoins et vous oriente vers les professionnels de soutien, sans s’y substituer.</p>
<h2>Services couverts</h2><ul>${services}</ul>${sites ? `<h2>Établissements</h2><ul>${sites}</ul>` : ''}
${contacts ? `<h2>Professionnels de soutien</h2><ul>${contacts}</ul>` : ''}
<p class="meta">Nommé(e) par arrêté n° ${escape(appointment.arreteNumber)} du ${escape(frDate(appointment.arreteDate))} (${escape(signedBy(appointment))}).</p>
</body></html>`;
}

/** The signature block of the appointing arrêté: authority, capacity, function and name. */
export const signedBy = (a: Appointment) => {
  const d = a.arreteAuthorityDepartment;
  return signatureLine(
    { authority: a.arreteAuthority, departmentId: d?.id ?? null, departmentName: d ? `${d.name} (${d.code})` : null },
    a.arreteSignatory,
    a.arreteSignatoryCapacity,
    a.arreteSignatoryTitle,
  );
};

/** Notices of many appointments: the appointments and the directory of their departments, in two queries. */
export function printableNotice(ctx: Context, id: string): Promise<string> {
  return ctx.loaders
    .loader<string>('appointment:notice', async (ids) => {
      const appointments = await ctx.em.find(
        Appointment,
        { id: { $in: [...ids] } },
        { populate: ['agent', 'services', 'sites', 'map', 'arreteAuthorityDepartment'] },
      );
      const departments = [...new Set(appointments.map((a) => a.map.department?.id).filter((d): d is string => !!d))];
      const directory = await ctx.em.find(
        SupportProfessional,
        {
          $and: [validOn<SupportProfessional>(today()), { $or: [{ department: null }, { department: { $in: departments } }] }],
        } as FilterQuery<SupportProfessional>,
        { orderBy: { kind: 'asc', name: 'asc' } },
      );
      const byId = new Map(
        appointments.map((a) => [
          a.id,
          renderNotice(
            a,
            directory.filter((p) => !p.department || p.department.id === a.map.department?.id),
          ),
        ]),
      );
      return ids.map((i) => byId.get(i) ?? '');
    })
    .load(id);
}
