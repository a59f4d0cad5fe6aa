import type { EntityManager } from '@mikro-orm/postgresql';
import { NetworkReportKind } from '../../api/src/network-reports/enums';
import { NetworkReport } from '../../api/src/network-reports/network-report.entity';
import { SocialWorkerPost } from '../../api/src/network/social-worker-post.entity';

/**
 * The network's reports [004 §II.1–3] for the demo accounts: Paris's first ASS handed in and presented its 2025 report
 * to the F3SCT, as did Ille-et-Vilaine's (the partner's), the Rhône's handed it in, Paris's second has not (the
 * « missing reports » indicator's case); the Île-de-France CTR's first-quarter 2026 report; the CTN's 2025 statistics.
 */
export async function seedNetworkReports(em: EntityManager): Promise<void> {
  const post = (code: string) => em.findOne(SocialWorkerPost, { code });
  const reports: [string, Partial<NetworkReport>][] = [
    [
      'ASS-75-1',
      {
        kind: NetworkReportKind.ASS_ANNUAL,
        year: 2025,
        submittedOn: '2026-01-22',
        presentedOn: '2026-03-19',
        narrative: 'Sollicitations en hausse sur le logement et l’accompagnement des nouveaux arrivants.',
      },
    ],
    [
      'ASS-35-1',
      {
        kind: NetworkReportKind.ASS_ANNUAL,
        year: 2025,
        submittedOn: '2026-01-29',
        presentedOn: '2026-03-26',
        narrative: 'Permanence hebdomadaire à la DDT, au titre de la convention avec le ministère de l’Agriculture.',
      },
    ],
    [
      'ASS-69-1',
      { kind: NetworkReportKind.ASS_ANNUAL, year: 2025, submittedOn: '2026-02-03', narrative: 'Permanences étendues aux sites de police.' },
    ],
    [
      'CTR-11',
      {
        kind: NetworkReportKind.CTR_QUARTERLY,
        year: 2026,
        quarter: 1,
        submittedOn: '2026-04-08',
        narrative: 'Difficulté : vacance du poste de Seine-Saint-Denis, couverte par l’ASS des Hauts-de-Seine.',
      },
    ],
    [
      'CTN',
      {
        kind: NetworkReportKind.CTN_ANNUAL,
        year: 2025,
        submittedOn: '2026-02-20',
        narrative: 'Statistiques nationales 2025 du réseau du service social.',
      },
    ],
  ];
  for (const [code, values] of reports) {
    const found = await post(code);
    if (found) em.create(NetworkReport, { post: found, ...values } as NetworkReport);
  }
  await em.flush();
}
