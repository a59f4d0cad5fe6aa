import departements from '@etalab/decoupage-administratif/data/departements.json';
import regions from '@etalab/decoupage-administratif/data/regions.json';

/** The official INSEE referential (Etalab's decoupage-administratif), not hand-typed. */
interface Area {
  code: string;
  nom: string;
  zone: 'metro' | 'drom' | 'com';
  region?: string;
}

const all = { regions: regions as Area[], departements: departements as Area[] };

/** 13 metropolitan + 5 overseas regions. */
export const REGIONS = all.regions.filter((r) => r.zone !== 'com').map((r) => ({ code: r.code, name: r.nom, overseas: r.zone === 'drom' }));
/** The 101 departments, with the code of their region. */
export const DEPARTMENTS = all.departements
  .filter((d) => d.zone !== 'com')
  .map((d) => ({ code: d.code, name: d.nom, regionCode: d.region as string }));
/** Overseas collectivities (COM). */
export const OVERSEAS_COLLECTIVITIES = all.departements.filter((d) => d.zone === 'com').map((d) => ({ code: d.code, name: d.nom }));

export const INSEE_CODES = {
  region: new Set(REGIONS.map((r) => r.code)),
  department: new Set(DEPARTMENTS.map((d) => d.code)),
  collectivity: new Set(OVERSEAS_COLLECTIVITIES.map((c) => c.code)),
};
