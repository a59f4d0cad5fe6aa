import { overlaps } from '../../referential/referential.rules';
import { CrudService, valueOf } from '../../shared/crud.service';
import { violation } from '../../shared/errors';
import type { RegimeInput } from '../correspondents.types';
import { Regime } from './regime.entity';
import { frDate } from '../../shared/french';

/** The regimes are configurable, dated records (seeded by the migration); their periods may not overlap: one applies on any date. */
export const regimes = new CrudService<Regime, RegimeInput, Regime[]>({
  entity: Regime,
  label: 'Régime',
  fields: {
    code: 'Code',
    name: 'Nom',
    legalBasis: 'Textes',
    titularOnly: 'Titulaires seulement',
    excludesClasMembers: 'Membres de CLAS exclus',
    mobilityCriterion: 'Critère de mobilité',
    mobilityHorizonMonths: 'Horizon du « court terme » (mois)',
    jointInterview: 'Entretien conjoint',
    ministerialForCentral: 'Arrêté ministériel (administration centrale)',
    preciseTimeCredit: 'Crédit de temps précis',
    validFrom: 'Date de début',
    validTo: 'Date de fin',
  },
  list: { sortable: ['code', 'validFrom'], dated: true },
  required: [
    'code',
    'name',
    'legalBasis',
    'titularOnly',
    'excludesClasMembers',
    'mobilityCriterion',
    'jointInterview',
    'ministerialForCentral',
    'preciseTimeCredit',
    'validFrom',
  ],
  unique: ['code'],
  prepare: (em) => em.find(Regime, {}),
  check: (row, stored) => {
    const horizon = valueOf(row, 'mobilityHorizonMonths') as number | null | undefined;
    const out =
      horizon !== undefined && horizon !== null && (!Number.isInteger(horizon) || horizon < 1 || horizon > 120)
        ? [
            violation(
              'mobilityHorizonMonths',
              'REGIME_MOBILITY_HORIZON',
              `L’horizon du « court terme » est un nombre entier de mois, de 1 à 120 : ${horizon} reçu.`,
            ),
          ]
        : [];
    const period = { validFrom: valueOf(row, 'validFrom') as string, validTo: (valueOf(row, 'validTo') as string | null) ?? null };
    const clash = period.validFrom ? stored.find((r) => r.id !== row.existing?.id && overlaps(r, period)) : undefined;
    if (clash)
      out.push(
        violation(
          'validFrom',
          'REGIME_OVERLAP',
          `Le régime « ${clash.code} » est déjà en vigueur sur cette période (depuis le ${frDate(clash.validFrom)}) : un seul régime s’applique à une date.`,
        ),
      );
    return out;
  },
});
