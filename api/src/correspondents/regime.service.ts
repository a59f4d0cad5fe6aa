import { overlaps } from '../referential/referential.rules';
import { CrudService, valueOf } from '../shared/crud.service';
import { violation } from '../shared/errors';
import type { RegimeInput } from './correspondents.types';
import { Regime } from './regime.entity';

/** The regimes are configurable, dated records (seeded by the migration); their periods may not overlap: one applies on any date. */
export const regimes = new CrudService<Regime, RegimeInput, Regime[]>({
  entity: Regime,
  label: 'Régime',
  fields: {
    code: 'Code', name: 'Nom', legalBasis: 'Textes', titularOnly: 'Titulaires seulement', excludesClasMembers: 'Membres de CLAS exclus',
    mobilityCriterion: 'Critère de mobilité', jointInterview: 'Entretien conjoint', ministerialForCentral: 'Arrêté ministériel (administration centrale)',
    preciseTimeCredit: 'Crédit de temps précis', validFrom: 'Date de début', validTo: 'Date de fin',
  },
  list: { sortable: ['code', 'validFrom'], dated: true },
  required: ['code', 'name', 'legalBasis', 'titularOnly', 'excludesClasMembers', 'mobilityCriterion', 'jointInterview', 'ministerialForCentral', 'preciseTimeCredit', 'validFrom'],
  unique: ['code'],
  prepare: (em) => em.find(Regime, {}),
  check: (row, stored) => {
    const period = { validFrom: valueOf(row, 'validFrom') as string, validTo: (valueOf(row, 'validTo') as string | null) ?? null };
    if (!period.validFrom) return [];
    const clash = stored.find((r) => r.id !== row.existing?.id && overlaps(r, period));
    return clash ? [violation('validFrom', 'REGIME_OVERLAP', `Le régime « ${clash.code} » est déjà en vigueur sur cette période (depuis le ${clash.validFrom}) : un seul régime s’applique à une date.`)] : [];
  },
});
