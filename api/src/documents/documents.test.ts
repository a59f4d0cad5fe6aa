import { describe, expect, it } from 'vitest';
import { pdfFonts, pdfText } from '../../../test/support/pdf';
import { OpinionValue } from '../commissions/enums';
import { NetworkReportKind, PresentationBody } from '../network-reports/enums';
import { networkReportDocument } from './network-report.document';
import { ArreteKind, SignatoryCapacity } from '../correspondents/enums';
import type { ActivityFigures } from '../correspondents/indicators/indicators.types';
import { DesignatingAuthority } from '../referential/enums';
import { annualReportDocument, nationalSynthesisDocument } from './activity-report.document';
import { appointmentArreteDocument, type AppointmentArreteFacts } from './appointment-arrete.document';
import { mapArreteDocument, type MapArreteFacts } from './map-arrete.document';
import { framed, renderPdf, type DocumentFrame } from './pdf';

const REGIME_2026 = {
  code: '2026',
  name: 'Régime 2026',
  legalBasis: 'Arrêté et circulaire du 12 février 2026',
  titularOnly: false,
  jointInterview: true,
};
const REGIME_2007 = {
  code: '2007',
  name: 'Régime 2007',
  legalBasis: 'Arrêté et circulaire du 31 décembre 2007',
  titularOnly: true,
  jointInterview: false,
};

/** The document's text; a character without a glyph in the embedded font would come out as NUL. */
async function text(frame: DocumentFrame) {
  const extracted = (await pdfText(await renderPdf(framed(frame, '2026-12-01')))).text;
  expect(extracted).not.toContain('\u0000');
  return extracted;
}

const draftOf = (overrides: Partial<AppointmentArreteFacts>): AppointmentArreteFacts => ({
  act: { number: null, date: null, signatory: null },
  authority: DesignatingAuthority.PREFECT,
  department: { code: '35', name: 'Ille-et-Vilaine' },
  arreteKind: ArreteKind.PREFECTORAL,
  regime: REGIME_2026,
  agent: { name: 'Yann Le Bihan', grade: 'Secrétaire administratif', service: 'Préfecture d’Ille-et-Vilaine' },
  services: ['Préfecture d’Ille-et-Vilaine', 'Sous-préfecture de Saint-Malo'],
  map: { title: 'Carte d’Ille-et-Vilaine', arreteNumber: '35-2026-04', arreteDate: '2026-03-02' },
  call: { title: 'Appel 2026', openingDate: '2026-03-05', closingDate: '2026-03-31' },
  headOpinion: { value: OpinionValue.FAVORABLE, on: '2026-04-02', by: 'M. Martin' },
  commissionOpinion: { value: OpinionValue.FAVORABLE, commission: 'CLAS d’Ille-et-Vilaine', sessionDate: '2026-04-15' },
  interviewDate: null,
  startDate: null,
  ...overrides,
});

describe('generated documents (text extracted from the PDF)', () => {
  it('embed their font (Roboto, shipped with pdfmake) and carry their title', async () => {
    const pdf = await renderPdf(framed(appointmentArreteDocument(draftOf({})), '2026-12-01'));
    const fonts = pdfFonts(pdf);
    expect(fonts.embedded).toBeGreaterThan(0);
    expect(fonts.names.every((n) => n.includes('Roboto'))).toBe(true);
    expect((await pdfText(pdf)).title).toBe('Projet d’arrêté de nomination — Yann Le Bihan');
  });

  it('a draft appointment arrêté of a prefect under 2026: prefectoral, the 2026 texts, blanks to fill, « PROJET »', async () => {
    const t = await text(appointmentArreteDocument(draftOf({})));
    expect(t).toContain('PRÉFET D’ILLE-ET-VILAINE');
    expect(t).toContain('Arrêté préfectoral n° …… du …… portant nomination d’un(e) correspondant(e) de l’action sociale');
    expect(t).toContain('Le préfet d’Ille-et-Vilaine,');
    expect(t).toContain(
      'Vu l’arrêté du 12 février 2026 relatif aux correspondants de l’action sociale du Ministère de l’Intérieur, notamment ses articles 3 et 4 ;',
    );
    expect(t).toContain('notamment son §2.2');
    expect(t).toContain('Vu l’arrêté n° 35-2026-04 du 02/03/2026 fixant la carte d’implantation');
    expect(t).toContain('Vu l’avis favorable de la commission « CLAS d’Ille-et-Vilaine » émis lors de sa séance du 15/04/2026');
    expect(t).toContain('Yann Le Bihan, Secrétaire administratif, affecté(e) à Préfecture d’Ille-et-Vilaine, est nommé(e)');
    expect(t).toContain('Préfecture d’Ille-et-Vilaine ; Sous-préfecture de Saint-Malo');
    expect(t).toContain('accompagné d’une lettre de mission');
    expect(t).toContain('PROJET');
    expect(t).not.toContain('fonctionnaire titulaire');
  });

  it('a ministerial arrêté of a central perimeter names its authority; a signed one its signatory and capacity', async () => {
    const t = await text(
      appointmentArreteDocument(
        draftOf({
          authority: DesignatingAuthority.POLICE,
          department: null,
          arreteKind: ArreteKind.MINISTERIAL,
          act: {
            number: 'DRHFSPN-2026-7',
            date: '2026-05-04',
            signatory: { name: 'Anne Roux', capacity: SignatoryCapacity.DELEGATION, title: 'la sous-directrice de l’action sociale' },
          },
          interviewDate: '2026-04-20',
          startDate: '2026-05-04',
        }),
      ),
    );
    expect(t).toContain('Direction des ressources humaines, des finances et des soutiens de la police nationale');
    expect(t).toContain('Arrêté ministériel n° DRHFSPN-2026-7 du 04/05/2026');
    expect(t).toContain('Le directeur des ressources humaines, des finances et des soutiens de la police nationale,');
    expect(t).toContain(
      'Vu l’entretien conjoint avec le chef de service d’affectation et le responsable du service d’action sociale du 20/04/2026',
    );
    expect(t).toContain('à compter du 04/05/2026');
    expect(t).toContain(
      'Pour le directeur des ressources humaines, des finances et des soutiens de la police nationale et par délégation, la sous-directrice de l’action sociale, Anne Roux',
    );
    expect(t).not.toContain('PROJET');
  });

  it('under the 2007 regime the arrêté is prefectoral, cites the 2007 texts and appoints a « fonctionnaire titulaire »', async () => {
    const t = await text(
      appointmentArreteDocument(
        draftOf({
          regime: REGIME_2007,
          department: { code: '56', name: 'Morbihan' },
          interviewDate: '2025-06-02',
          act: {
            number: '56-2025-12',
            date: '2025-06-10',
            signatory: { name: 'Jean Morel', capacity: SignatoryCapacity.AUTHORITY, title: null },
          },
        }),
      ),
    );
    expect(t).toContain('Le préfet du Morbihan,');
    expect(t).toContain('Vu l’arrêté du 31 décembre 2007 (NOR/INT/A/07/30085/A)');
    expect(t).toContain('Vu la circulaire NOR/INT/A/07/00130/C du 31 décembre 2007');
    expect(t).toContain('fonctionnaire titulaire, est nommé(e)');
    expect(t).toContain('Vu l’entretien avec le chef de service d’affectation du 02/06/2025');
    expect(t).not.toContain('12 février 2026');
    expect(t).not.toContain('code général de la fonction publique');
  });

  it('the implantation map’s arrêté lists its services and counts, the opinion, and abrogates the previous map', async () => {
    const facts: MapArreteFacts = {
      title: 'Carte de la Gironde',
      revision: 2,
      authority: DesignatingAuthority.PREFECT,
      department: { code: '33', name: 'Gironde' },
      regime: REGIME_2026,
      act: { number: '33-2026-1', date: '2026-03-02', signatory: 'Le préfet de la Gironde, Étienne Guyot' },
      rationale: 'la dispersion des sites du département',
      opinion: {
        value: OpinionValue.RESERVED,
        commission: 'CLAS de la Gironde',
        sessionDate: '2026-02-20',
        reasons: 'Couverture du port à revoir',
      },
      decisionReason: null,
      previous: { revision: 1, arreteNumber: '33-2019-8', arreteDate: '2019-05-01' },
      entries: [
        { service: 'Préfecture de la Gironde', requiredCount: 2, note: null },
        { service: 'Sous-préfecture de Blaye', requiredCount: 1, note: 'site distant' },
      ],
    };
    const t = await text(mapArreteDocument(facts));
    expect(t).toContain('Arrêté n° 33-2026-1 du 02/03/2026 fixant la carte d’implantation des correspondants de l’action sociale');
    expect(t).toContain('Le préfet de la Gironde,');
    expect(t).toContain('notamment son article 3 ;');
    expect(t).toContain(
      'Vu l’avis réservé de la commission « CLAS de la Gironde » émis lors de sa séance du 20/02/2026 (Couverture du port à revoir)',
    );
    expect(t).toContain('Considérant la dispersion des sites du département');
    expect(t).toContain('(2 services, 3 correspondants au total)');
    expect(t).toContain('Sous-préfecture de Blaye 1 site distant');
    expect(t).toContain('L’arrêté n° 33-2019-8 du 01/05/2019 fixant la carte d’implantation précédente est abrogé.');
    expect(t).toContain('Le préfet de la Gironde, Étienne Guyot');
    const draft = await text(mapArreteDocument({ ...facts, act: { number: null, date: null, signatory: null }, previous: null }));
    expect(draft).toContain('Arrêté n° …… du ……');
    expect(draft).toContain('PROJET');
    expect(draft).not.toContain('abrogé');
  });

  const figures = (n: number): ActivityFigures =>
    Object.assign({} as ActivityFigures, {
      year: 2026,
      mapServices: 12,
      requiredCorrespondents: 15,
      correspondents: 13,
      effectiveCorrespondents: 12,
      uncoveredServices: 2,
      candidaciesFiled: 9,
      appointmentsMade: 6,
      appointmentsEnded: 1,
      initialTrainings: 5,
      continuingTrainings: 4,
      informationMeetings: n,
      meetingAttendances: 20,
      fieldReports: 1234,
      difficultiesReported: 2,
      sessionAttendances: 3,
    });

  it('a department’s annual report: figures in French, the commission’s opinion and proposals, the text of its year', async () => {
    const t = await text(
      annualReportDocument({
        year: 2026,
        department: { code: '78', name: 'Yvelines' },
        status: 'PRESENTED',
        narrative: 'Une année de renouvellement du réseau.',
        regime: REGIME_2026,
        figures: figures(1),
        opinion: {
          value: OpinionValue.FAVORABLE,
          reasons: null,
          proposals: 'Une réunion par semestre.',
          commission: 'CLAS des Yvelines',
          sessionDate: '2027-03-01',
        },
      }),
    );
    expect(t).toContain('Réseau des correspondants de l’action sociale des Yvelines (78)');
    expect(t).toContain(
      'Circulaire du 12 février 2026 relative au statut des correspondants de l’action sociale du Ministère de l’Intérieur, §2.7',
    );
    expect(t).toContain('Couverture de la carte au 31 décembre : 10 sur 12 (83,3 %) services couverts.');
    expect(t).toContain('Remontées de terrain 1 234');
    expect(t).toContain('Avis favorable de la commission « CLAS des Yvelines », séance du 01/03/2027.');
    expect(t).toContain('Propositions : Une réunion par semestre.');
    expect(t).not.toContain('PROJET');
    const old = await text(
      annualReportDocument({
        year: 2024,
        department: { code: '78', name: 'Yvelines' },
        status: 'DRAFT',
        narrative: null,
        regime: REGIME_2007,
        figures: figures(0),
        opinion: null,
      }),
    );
    expect(old).toContain('Circulaire NOR/INT/A/07/00130/C du 31 décembre 2007');
    expect(old).toContain('§3.3');
    expect(old).toContain('Rapport non encore présenté à la commission.');
    expect(old).toContain('PROJET');
  });

  it('the national synthesis: national sums and each department, for the CNAS', async () => {
    const t = await text(
      nationalSynthesisDocument({
        year: 2026,
        totals: figures(3),
        regime: REGIME_2026,
        departments: [
          { code: '33', name: 'Gironde', figures: figures(1) },
          { code: '78', name: 'Yvelines', figures: figures(2) },
        ],
        narrative: null,
        presentation: null,
      }),
    );
    expect(t).toContain('Synthèse non encore présentée à la CNAS.');
    expect(t).toContain('Synthèse nationale 2026');
    expect(t).toContain('commission nationale d’action sociale (CNAS)');
    expect(t).toContain('la somme des chiffres de 2 départements');
    expect(t).toContain('Gironde (33) 12 15 12 2 6 1 1 234');
    expect(t).toContain('§2.7');
  });

  it('the national synthesis presented to the CNAS: the session, the opinion and the proposals [001 §2.7]', async () => {
    const t = await text(
      nationalSynthesisDocument({
        year: 2025,
        totals: figures(1),
        regime: REGIME_2026,
        departments: [{ code: '33', name: 'Gironde', figures: figures(1) }],
        narrative: 'Un réseau qui s’étoffe.',
        presentation: {
          sessionDate: '2026-06-25',
          value: OpinionValue.FAVORABLE,
          reasons: null,
          proposals: 'Généraliser la formation initiale.',
        },
      }),
    );
    expect(t).toContain('Un réseau qui s’étoffe.');
    expect(t).toContain('Présentée à la commission nationale d’action sociale lors de sa séance du 25/06/2026 : avis favorable.');
    expect(t).toContain('Propositions : Généraliser la formation initiale.');
    expect(t).not.toContain('non encore présentée');
  });

  it('an ASS’s yearly report: period, dates, its presentation to the F3SCT, the figures and no individual case [004 §II.3]', async () => {
    const facts = {
      kind: NetworkReportKind.ASS_ANNUAL,
      post: { code: 'ASS-33-1', title: 'Assistant de service social — Gironde' },
      department: { code: '33', name: 'Gironde' },
      year: 2025,
      quarter: null,
      period: { from: '2025-01-01', to: '2025-12-31' },
      submittedOn: '2026-01-20',
      presentedOn: '2026-03-12',
      presentationBody: PresentationBody.F3SCT,
      narrative: 'Hausse des sollicitations liées au logement.',
      figures: [
        { label: 'Services servis dans l’année', value: 4 },
        { label: 'ETP consacrés aux services (au 31 décembre)', value: 0.8 },
      ],
    };
    const t = await text(networkReportDocument(facts));
    expect(t).toContain('Rapport d’activité 2025 de l’assistant(e) de service social');
    expect(t).toContain('PRÉFET DE LA GIRONDE');
    expect(t).toContain('Période : du 01/01/2025 au 31/12/2025.');
    expect(t).toContain('Remis le 20/01/2026.');
    expect(t).toContain(
      'Présenté le 12/03/2026 à la formation spécialisée en santé, sécurité et conditions de travail (F3SCT) départementale.',
    );
    expect(t).toContain('Services servis dans l’année 4');
    expect(t).toContain('ETP consacrés aux services (au 31 décembre) 0,8');
    expect(t).toContain('Circulaire NOR INTK1307790C (2013)');
    expect(t).toContain('§ II.3');
    expect(t).toContain('aucune situation individuelle');
    const chsct = await text(
      networkReportDocument({ ...facts, year: 2021, presentedOn: '2022-12-31', presentationBody: PresentationBody.CHSCT }),
    );
    expect(chsct).toContain('Présenté le 31/12/2022 au comité d’hygiène, de sécurité et des conditions de travail (CHSCT) départemental.');
  });
});
