import departements from '@etalab/decoupage-administratif/data/departements.json';

/*
 * How a department's name follows « de » in French (« le préfet du Morbihan », « de la Gironde », « d’Ille-et-Vilaine »,
 * « des Yvelines », « de l’Ain »): INSEE's type of name (TNCC, `typeLiaison` in the Etalab data set the referential is
 * seeded from), by the department's code.
 */
const LINKS = ['de ', 'd’', 'du ', 'de la ', 'des ', 'de l’'];
const byCode = new Map((departements as { code: string; typeLiaison: number }[]).map((d) => [d.code, d.typeLiaison]));

/** « du Morbihan » for code 56; « de <name> » for a code outside the data set. */
export function ofDepartment(code: string, name: string): string {
  return `${LINKS[byCode.get(code) ?? 0] ?? 'de '}${name}`;
}
