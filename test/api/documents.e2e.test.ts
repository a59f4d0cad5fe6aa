import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonalDataAccess } from '../../api/src/access/personal-data-access.entity';
import { Agent } from '../../api/src/referential/agent.entity';
import { Appointment } from '../../api/src/correspondents/appointments/appointment.entity';
import { type Principal, Role } from '../../api/src/access/roles';
import type { Service } from '../../api/src/referential/service.entity';
import { ServiceSite } from '../../api/src/referential/service-site.entity';
import { today } from '../../api/src/shared/scalars';
import { frDate } from '../../api/src/shared/french';
import { initTestApp, NATIONAL, type TestApp } from '../support/app';
import { department, serviceWithAgents } from '../support/fixtures';
import { adoptedMap, agentIn, appoint, clasOf, fileCandidacy, must, openCall, throughOpinions } from '../support/lifecycle';
import { pdfFonts, pdfText } from '../support/pdf';
import { PARTNER } from '../support/principals';

/**
 * The generated documents over HTTP, as the back office downloads them: `GET /documents/<kind>/<id>.pdf` with the
 * caller's token, scoped by the access policy; each PDF's text is extracted and must carry the record's data and the
 * texts it applies.
 */
let app: TestApp;
let service: Service;
let mapId: string;
let candidacyId: string;
let appointmentId: string;
let letterId: string;
let reportId: string;

const ADMIN_56: Principal = { subject: 'admin.56@interieur.gouv.fr', role: Role.DEPARTMENTAL_ADMIN, perimeter: ['56'] };
const ADMIN_35: Principal = { subject: 'admin.35@interieur.gouv.fr', role: Role.DEPARTMENTAL_ADMIN, perimeter: ['35'] };

async function download(path: string, principal: Principal | null = NATIONAL, requestId?: string) {
  const headers: Record<string, string> = principal ? { authorization: await app.authorization(principal) } : {};
  if (requestId) headers['x-request-id'] = requestId;
  const response = await fetch(`${app.baseUrl}/documents/${path}`, { headers });
  const body = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body, json: () => JSON.parse(Buffer.from(body).toString('utf8')) };
}

async function textOf(path: string, principal: Principal = NATIONAL) {
  const response = await download(path, principal);
  expect(response.status, Buffer.from(response.body).toString('utf8').slice(0, 300)).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  expect(pdfFonts(response.body).embedded).toBeGreaterThan(0);
  return { ...(await pdfText(response.body)), disposition: response.headers.get('content-disposition') ?? '' };
}

beforeAll(async () => {
  app = await initTestApp();
  const em = app.em();
  service = await serviceWithAgents(em, '56', 0);
  const { sessions } = await clasOf(em, '56', ['2025-03-01', '2026-03-01']);
  mapId = (await adoptedMap(app, (await department(em, '56')).id, [{ id: service.id, required: 2 }], sessions[0], '2025-04-01')).id;
  const callId = (await openCall(app, mapId, '2026-02-12', '2026-02-28')).id;
  const site = em.create(ServiceSite, {
    service,
    label: 'Cité administrative',
    address: '24 place de la République',
    postalCode: '56000',
    city: 'Vannes',
  });
  await em.flush();
  const agent = await agentIn(em, service, { firstName: 'Maëlle', lastName: 'Kerjean' });
  const filed = must(await fileCandidacy(app, { callId, agentId: agent.id, serviceId: service.id, filedOn: '2026-02-15' })).createCandidacy;
  candidacyId = filed.id;
  const version = await throughOpinions(app, filed, '2026-02-16', sessions[1]);
  // The draft arrêté exists while the candidacy waits for its appointment: taken now, before `appoint`.
  draft = await textOf(`candidacy-draft-arrete/${candidacyId}.pdf`);
  appointmentId = must(
    await appoint(app, filed.id, version, {
      arreteDate: '2026-03-10',
      arreteNumber: '56-2026-031',
      interviewDate: '2026-03-05',
      siteIds: [site.id],
      arreteSignatory: 'Pierre Lemoine',
      arreteSignatoryCapacity: 'DELEGATION',
      arreteSignatoryTitle: 'le secrétaire général de la préfecture',
    }),
  ).appointCandidate.id;
  let letter = must(
    await app.gql(`mutation($i: MissionLetterInput!) { createMissionLetter(input: $i) { id version } }`, {
      i: {
        appointmentId,
        timeCreditAmount: 0.1,
        timeCreditUnit: 'FRACTION_OF_WORKING_TIME',
        means: 'Bureau partagé et téléphone',
        dedicatedEmail: 'cas.56@interieur.gouv.fr',
      },
    }),
  ).createMissionLetter;
  for (const [signatory, name] of [
    ['AGENT', null],
    ['HEAD_OF_SERVICE', 'Hervé Guillou'],
    ['SOCIAL_ACTION_HEAD', 'Anne Le Floch'],
  ]) {
    letter = must(
      await app.gql(
        `mutation($id: ID!, $v: Int!, $s: Signatory!, $on: Date, $n: String) { signMissionLetter(id: $id, version: $v, signatory: $s, on: $on, name: $n) { id version } }`,
        {
          id: letter.id,
          v: letter.version,
          s: signatory,
          on: '2026-03-16',
          n: name,
        },
      ),
    ).signMissionLetter;
  }
  letterId = letter.id;
  reportId = must(
    await app.gql(`mutation($i: AnnualReportInput!) { createAnnualReport(input: $i) { id } }`, {
      i: { departmentId: (await department(em, '56')).id, year: 2026, narrative: 'Première année du régime de 2026 dans le Morbihan.' },
    }),
  ).createAnnualReport.id;
});
afterAll(() => app.close());

let draft: Awaited<ReturnType<typeof textOf>>;

describe('generated documents (GET /documents/<kind>/<id>.pdf)', () => {
  it('the mission letter: the arrêté, the 2026 texts, the services and sites, the precise time credit, three dated signatures', async () => {
    const { text, title, disposition } = await textOf(`mission-letter/${letterId}.pdf`);
    expect(title).toBe('Lettre de mission — Maëlle Kerjean (version 1)');
    expect(disposition).toContain('attachment; filename="lettre-de-mission-maelle-kerjean-version-1.pdf"');
    expect(text).toContain('PRÉFET DU MORBIHAN');
    expect(text).toContain('À l’attention de Maëlle Kerjean');
    expect(text).toContain('par arrêté préfectoral n° 56-2026-031 du 10/03/2026');
    expect(text).toContain('Arrêté du 12 février 2026 relatif aux correspondants de l’action sociale du Ministère de l’Intérieur');
    expect(text).toContain(
      'Circulaire du 12 février 2026 relative au statut des correspondants de l’action sociale du Ministère de l’Intérieur, §2.5',
    );
    expect(text).toContain('au bénéfice des agents de l’établissement suivant :');
    expect(text).toContain('Établissement : Cité administrative, 24 place de la République, 56000 Vannes');
    expect(text).toContain(`Service situé : ${service.name}`);
    expect(text).toContain('et vous aurez libre accès aux locaux de ce site.');
    expect(text).not.toContain('établissement(s)');
    expect(text).toContain('crédit de temps suivant : 10 % du temps de travail');
    expect(text).toContain('Bureau partagé et téléphone, ainsi que de l’adresse de messagerie dédiée cas.56@interieur.gouv.fr');
    expect(text).toContain('Le chef de service Hervé Guillou Signé le 16/03/2026');
    expect(text).toContain('Le responsable du service d’action sociale Anne Le Floch Signé le 16/03/2026');
    expect(text).not.toContain('PROJET');
  });

  it('the draft appointment arrêté of a candidacy: the map’s authority, the regime in force, the opinions, blanks to fill', async () => {
    expect(draft.title).toBe('Projet d’arrêté de nomination — Maëlle Kerjean');
    expect(draft.text).toContain('Arrêté préfectoral n° …… du …… portant nomination');
    expect(draft.text).toContain('Le préfet du Morbihan,');
    expect(draft.text).toContain(
      'Vu l’arrêté du 12 février 2026 relatif aux correspondants de l’action sociale du Ministère de l’Intérieur, notamment ses articles 3 et 4',
    );
    expect(draft.text).toContain('Vu l’arrêté n° ARR-2025-04-01 du 01/04/2025 fixant la carte d’implantation');
    expect(draft.text).toContain('Vu l’appel à candidatures « Appel à candidatures », ouvert du 12/02/2026 au 28/02/2026');
    expect(draft.text).toContain('Vu l’avis motivé favorable du chef de service du 16/02/2026');
    expect(draft.text).toContain('Vu l’avis favorable de la commission « CLAS 56 » émis lors de sa séance du 01/03/2026');
    expect(draft.text).toContain('Maëlle Kerjean, Secrétaire administratif');
    expect(draft.text).toContain('PROJET');
    // Once appointed, the draft gives way to the recorded arrêté, and says where to find it.
    const after = await download(`candidacy-draft-arrete/${candidacyId}.pdf`);
    expect(after.status).toBe(409);
    expect(after.json().errors[0]).toMatchObject({ extensions: { code: 'CONFLICT', subCode: 'DOCUMENT_DRAFT_ARRETE_STATUS' } });
    expect(after.json().errors[0].message).toContain('téléchargez l’arrêté depuis la fiche de la nomination');
  });

  it('the appointment arrêté as recorded: number, date, interview, start, signatory by delegation', async () => {
    const { text } = await textOf(`appointment-arrete/${appointmentId}.pdf`);
    expect(text).toContain('Arrêté préfectoral n° 56-2026-031 du 10/03/2026 portant nomination');
    expect(text).toContain(
      'Vu l’entretien conjoint avec le chef de service d’affectation et le responsable du service d’action sociale du 05/03/2026',
    );
    expect(text).toContain('est nommé(e) correspondant(e) de l’action sociale à compter du 10/03/2026');
    expect(text).toContain(`${service.name}.`);
    expect(text).toContain('Pour le préfet du Morbihan et par délégation, le secrétaire général de la préfecture, Pierre Lemoine');
  });

  it('the map’s arrêté, adopted under 2007: the 2007 texts, the CLAS opinion, the services and their counts', async () => {
    const { text } = await textOf(`implantation-map-arrete/${mapId}.pdf`);
    expect(text).toContain('Arrêté n° ARR-2025-04-01 du 01/04/2025 fixant la carte d’implantation');
    expect(text).toContain('Vu l’arrêté du 31 décembre 2007 (NOR/INT/A/07/30085/A)');
    expect(text).toContain('Vu la circulaire NOR/INT/A/07/00130/C du 31 décembre 2007');
    expect(text).toContain('notamment son §2.1');
    expect(text).toContain('Vu l’avis favorable de la commission « CLAS 56 » émis lors de sa séance du 01/03/2025');
    expect(text).toContain(`${service.name} 2`);
    expect(text).not.toContain(service.code);
    expect(text).toContain('(1 service, 2 correspondants au total)');
    expect(text).not.toContain('12 février 2026');
  });

  it('the department’s annual report: the year’s figures from the data, the narrative, the 2026 texts', async () => {
    const { text } = await textOf(`annual-report/${reportId}.pdf`, ADMIN_56);
    expect(text).toContain('Rapport annuel d’activité 2026');
    expect(text).toContain('Réseau des correspondants de l’action sociale du Morbihan (56)');
    expect(text).toContain('Première année du régime de 2026 dans le Morbihan.');
    expect(text).toContain('Candidatures déposées 1');
    expect(text).toContain('Nominations 1');
    expect(text).toContain('Correspondants effectifs : 1 sur 2 (50 %) correspondants requis.');
    expect(text).toContain('§2.7');
    expect(text).toContain('PROJET'); // not presented to the commission yet
  });

  it('the national synthesis of a year, for whoever sees every department; others are told why not, in French', async () => {
    const { text } = await textOf('national-synthesis/2026.pdf');
    expect(text).toContain('Synthèse nationale 2026');
    expect(text).toContain('commission nationale d’action sociale (CNAS)');
    expect(text).toContain('Morbihan (56)');
    const refused = await download('national-synthesis/2026.pdf', ADMIN_56);
    expect(refused.status).toBe(403);
    expect(refused.json().errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', subCode: 'FORBIDDEN' } });
    expect(refused.json().errors[0].message).toBe(
      'La synthèse nationale porte sur tous les départements : votre rôle (administrateur départemental) n’en voit qu’une partie. Téléchargez les rapports annuels de vos départements.',
    );
    expect((await download('national-synthesis/1999.pdf')).status).toBe(404);
  });

  it('is scoped like GraphQL: another department’s records, or a partner ministry, find nothing; no token, no document', async () => {
    for (const path of [
      `mission-letter/${letterId}.pdf`,
      `appointment-arrete/${appointmentId}.pdf`,
      `implantation-map-arrete/${mapId}.pdf`,
      `annual-report/${reportId}.pdf`,
    ]) {
      const other = await download(path, ADMIN_35);
      expect(other.status, path).toBe(404);
      expect(other.json().errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', subCode: 'NOT_FOUND' });
      expect(other.json().errors[0].message).toMatch(/introuvable \(identifiant [0-9a-f-]{36}\)\.$/);
      const p = await download(path, PARTNER);
      expect(p.status, path).toBe(404);
    }
    expect((await download(`mission-letter/${letterId}.pdf`, ADMIN_56)).status).toBe(200);
    const anonymous = await download(`mission-letter/${letterId}.pdf`, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const unknown = await download(`arrete/${letterId}.pdf`);
    expect(unknown.status).toBe(404);
    expect(unknown.json().errors[0].message).toBe(`Document introuvable (identifiant arrete/${letterId}.pdf).`);
    expect((await download('mission-letter/not-an-id.pdf')).status).toBe(404);
    expect((await download(`mission-letter/${letterId}`)).status).toBe(404);
  });

  it('names no correspondent the caller may not see: one who moved to another department’s service is withheld, and said so', async () => {
    const em = app.em();
    const { agent } = await em.findOneOrFail(Appointment, appointmentId, { populate: ['agent'] });
    await em.nativeUpdate(Agent, { id: agent.id }, { service: (await serviceWithAgents(em, '35', 0)).id });
    try {
      for (const path of [`appointment-arrete/${appointmentId}.pdf`, `mission-letter/${letterId}.pdf`]) {
        const refused = await download(path, ADMIN_56);
        expect(refused.status, path).toBe(403);
        expect(refused.json().errors[0]).toMatchObject({
          message:
            'Document non établi : « Correspondant » est hors de votre périmètre ou du champ de vos conventions, et le document le nomme. Un administrateur dont le périmètre le couvre peut l’établir.',
          extensions: { code: 'FORBIDDEN', subCode: 'DOCUMENT_REFERENCE_WITHHELD' },
        });
      }
      // The national administrator sees every service: the document names the correspondent.
      expect((await textOf(`appointment-arrete/${appointmentId}.pdf`)).text).toContain('Maëlle Kerjean');
    } finally {
      await em.nativeUpdate(Agent, { id: agent.id }, { service: service.id });
    }
  });

  it('logs the read of the correspondent’s name, as a GraphQL read of it is', async () => {
    const requestId = `doc-log-${Date.now()}`;
    expect((await download(`mission-letter/${letterId}.pdf`, ADMIN_56, requestId)).status).toBe(200);
    const [line] = await app.em().find(PersonalDataAccess, { requestId });
    expect(line).toMatchObject({ actor: ADMIN_56.subject, entityName: 'Agent', fields: ['firstName', 'lastName'] });
    expect(line.entityIds).toHaveLength(1);
  });

  it('dates every page with the day it was made', async () => {
    const { text, pages } = await textOf(`appointment-arrete/${appointmentId}.pdf`);
    expect(text).toContain(`Page ${pages} sur ${pages} — édité le ${frDate(today())}`);
  });
});
