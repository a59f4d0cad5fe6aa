import { EmailAddressResolver } from 'graphql-scalars';
import { violation, type Violation } from '../shared/errors';
import { DesignatingAuthority, ServiceKind } from './enums';
import { frDate } from '../shared/french';

/** A region, department or collectivity code must be a real INSEE code (from the Etalab dataset). */
export function inseeCodeRule(code: string | undefined, official: ReadonlySet<string>, what: string): Violation[] {
  if (code === undefined || official.has(code)) return [];
  return [violation('code', 'INSEE_CODE_UNKNOWN', `Code INSEE inconnu pour ${what} : « ${code} ».`)];
}

/**
 * The service tree has no cycle: walking up from the row's new parent must never meet the row.
 * `parents` maps every service to its parent, with the batch's own changes already applied.
 */
export function parentCycleRule(
  id: string | undefined,
  parentId: string | null | undefined,
  parents: ReadonlyMap<string, string | null>,
): Violation[] {
  if (!id || !parentId) return [];
  const seen = new Set<string>();
  for (let at: string | null | undefined = parentId; at; at = parents.get(at)) {
    if (at === id) {
      return [
        violation(
          'parentId',
          'SERVICE_PARENT_CYCLE',
          'Le service parent choisi est ce service lui-même ou l’un de ses sous-services : l’arborescence formerait une boucle.',
        ),
      ];
    }
    if (seen.has(at)) break; // a cycle elsewhere in the data is not this row's doing
    seen.add(at);
  }
  return [];
}

/**
 * Prefects designate for deconcentrated services (which have a department or a collectivity); the secretary general,
 * the DRHFSPN and the gendarmerie's HR director for the central services under them [001 art. 3].
 */
export function designatingAuthorityRule(kind: ServiceKind, local: boolean, authority: DesignatingAuthority): Violation[] {
  if (kind === ServiceKind.ADMINISTRATION_CENTRALE && local) {
    return [violation('departmentId', 'SERVICE_CENTRAL_WITH_DEPARTMENT', 'Un service d’administration centrale n’a pas de département.')];
  }
  if (local && authority !== DesignatingAuthority.PREFECT) {
    return [
      violation(
        'designatingAuthority',
        'SERVICE_AUTHORITY_MISMATCH',
        'Un service déconcentré (rattaché à un département) relève du préfet [arrêté du 12 février 2026, art. 3].',
      ),
    ];
  }
  if (!local && authority === DesignatingAuthority.PREFECT) {
    return [
      violation(
        'designatingAuthority',
        'SERVICE_AUTHORITY_MISMATCH',
        'Le préfet ne désigne que pour les services déconcentrés : indiquez le département du service [arrêté du 12 février 2026, art. 3].',
      ),
    ];
  }
  return [];
}

export function emailRule(email: string | null | undefined): Violation[] {
  if (!email) return [];
  try {
    EmailAddressResolver.parseValue(email);
    return [];
  } catch {
    return [violation('email', 'EMAIL_INVALID', `Adresse électronique invalide : « ${email} ».`)];
  }
}

/** A declared mobility plan has both a date and a kind, or neither. */
export function mobilityPlanRule(date: string | null | undefined, kind: string | null | undefined): Violation[] {
  if (!date === !kind) return [];
  const field = date ? 'mobilityPlanKind' : 'mobilityPlanDate';
  return [violation(field, 'MOBILITY_PLAN_INCOMPLETE', 'Un projet de mobilité déclaré a une date et une nature.')];
}

export function nonNegativeRule(field: string, value: number | undefined, label: string): Violation[] {
  return value !== undefined && value < 0 ? [violation(field, 'NEGATIVE', `« ${label} » ne peut pas être négatif.`)] : [];
}

export function postalCodeRule(code: string | undefined): Violation[] {
  return code !== undefined && !/^\d[\dAB]\d{3}$/.test(code)
    ? [violation('postalCode', 'POSTAL_CODE_INVALID', `Code postal invalide : « ${code} » (5 caractères attendus).`)]
    : [];
}

export interface Period {
  id?: string;
  validFrom: string;
  validTo: string | null;
}

/** Two inclusive periods overlap when each starts before the other ends. */
export const overlaps = (a: Period, b: Period) =>
  (a.validTo === null || a.validTo >= b.validFrom) && (b.validTo === null || b.validTo >= a.validFrom);

/** A service has one headcount per population at a time: periods of the same population may not overlap. */
export function headcountOverlapRule(period: Period, others: Period[]): Violation[] {
  const clash = others.find((o) => o.id !== period.id && overlaps(o, period));
  if (!clash) return [];
  const until = clash.validTo ? `au ${frDate(clash.validTo)}` : 'sans date de fin';
  return [
    violation(
      'validFrom',
      'HEADCOUNT_OVERLAP',
      `Un effectif de cette population existe déjà pour ce service sur la période (du ${frDate(clash.validFrom)} ${until}) : fermez-le avec une date de fin ou modifiez-le.`,
    ),
  ];
}
