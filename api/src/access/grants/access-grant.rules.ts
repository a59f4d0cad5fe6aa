import { frDate } from '../../shared/french';
import { overlaps, type Period } from '../../referential/referential.rules';
import { violation, type Violation } from '../../shared/errors';
import { isTerritorial, Role, ROLE_LABELS } from '../roles';

/** A territorial role acts on its departments or regions, a partner ministry on its conventions (DOMAIN.md §1): the perimeter says which. */
export function grantPerimeterRule(role: Role | undefined, perimeter: string[] | undefined): Violation[] {
  if (!role) return [];
  const needs = isTerritorial(role) || role === Role.PARTNER_MINISTRY;
  if (needs && !perimeter?.length) {
    return [
      violation(
        'perimeter',
        'ACCESS_GRANT_PERIMETER_REQUIRED',
        `Le rôle ${ROLE_LABELS[role]} exige un périmètre : ${role === Role.PARTNER_MINISTRY ? 'le code du ministère' : role === Role.REGIONAL_CTR ? 'les codes des régions' : 'les codes des départements'}.`,
      ),
    ];
  }
  if (!needs && perimeter?.length) {
    return [
      violation(
        'perimeter',
        'ACCESS_GRANT_PERIMETER_REQUIRED',
        `Le rôle ${ROLE_LABELS[role]} porte sur tout le registre : pas de périmètre.`,
      ),
    ];
  }
  return [];
}

/** One identity has one access at a time: two grants of the same person or script may not overlap. */
export function grantOverlapRule(period: Period, others: (Period & { label: string })[]): Violation[] {
  const clash = others.find((o) => o.id !== period.id && overlaps(o, period));
  if (!clash) return [];
  return [
    violation(
      'validFrom',
      'ACCESS_GRANT_OVERLAP',
      `Cette identité a déjà un accès sur la période (« ${clash.label} », depuis le ${frDate(clash.validFrom)}) : fermez-le avant d’en ouvrir un autre.`,
    ),
  ];
}
