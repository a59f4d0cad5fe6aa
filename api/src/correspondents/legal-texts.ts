/*
 * The texts of the correspondents' two regimes, as documents cite them (shared/reference/ 000, 001, 002). One place:
 * the printed letter, the generated PDF documents and the messages quote the same titles.
 */

export const TEXTS = {
  CGFP: 'Code général de la fonction publique, notamment son article L. 731-2',
  DECREE_2006_21:
    'Décret n° 2006-21 du 6 janvier 2006 relatif à l’action sociale au bénéfice des personnels de l’État, notamment ses articles 3 et 4',
  ARRETE_2026: 'Arrêté du 12 février 2026 relatif aux correspondants de l’action sociale du Ministère de l’Intérieur',
  CIRCULAR_2026: 'Circulaire du 12 février 2026 relative au statut des correspondants de l’action sociale du Ministère de l’Intérieur',
  JOB_DESCRIPTION_2026: 'Fiche d’emploi du correspondant de l’action sociale, annexée à l’arrêté du 12 février 2026',
  ARRETE_2007:
    'Arrêté du 31 décembre 2007 (NOR/INT/A/07/30085/A) relatif aux correspondants de l’action sociale du ministère de l’intérieur, de l’outre-mer et des collectivités territoriales',
  CIRCULAR_2007:
    'Circulaire NOR/INT/A/07/00130/C du 31 décembre 2007 portant réforme du statut des correspondants de l’action sociale du ministère de l’intérieur, de l’outre-mer et des collectivités territoriales',
} as const;

/** The arrêté and the circular of a regime, by the regime's code; another regime cites its recorded legal basis. */
export function regimeTexts(regime: { code: string; legalBasis: string }): { arrete: string; circular: string | null; all: string[] } {
  if (regime.code === '2026')
    return { arrete: TEXTS.ARRETE_2026, circular: TEXTS.CIRCULAR_2026, all: [TEXTS.ARRETE_2026, TEXTS.CIRCULAR_2026] };
  if (regime.code === '2007')
    return { arrete: TEXTS.ARRETE_2007, circular: TEXTS.CIRCULAR_2007, all: [TEXTS.ARRETE_2007, TEXTS.CIRCULAR_2007] };
  return { arrete: regime.legalBasis, circular: null, all: [regime.legalBasis] };
}

/** The section of each regime's circular on what a document does: 001 (2026) and 002 (2007). */
export const CIRCULAR_SECTIONS: Record<'map' | 'appointment' | 'letter' | 'report', Record<string, string>> = {
  map: { '2026': '§2.1', '2007': '§2.1' },
  appointment: { '2026': '§2.2', '2007': '§2.2' },
  letter: { '2026': '§2.5', '2007': '§1' },
  report: { '2026': '§2.7', '2007': '§3.3' },
};

/** « Circulaire du 12 février 2026 …, §2.2 »: the circular of a regime at the section on `topic`; null without one. */
export function circularAt(regime: { code: string; legalBasis: string }, topic: keyof typeof CIRCULAR_SECTIONS): string | null {
  const { circular } = regimeTexts(regime);
  const section = CIRCULAR_SECTIONS[topic][regime.code];
  return circular && section ? `${circular}, ${section}` : circular;
}
