import { DesignatingAuthority } from '../../referential/enums';
import { violation, type Violation } from '../../shared/errors';
import { SignatoryCapacity } from '../enums';

/*
 * The appointing arrêté. « Les autorités désignées dans l'article 3 arrêtent … la nomination des correspondants »
 * [001 art. 4]: the authority that drew the map (the secretary general, the DRHFSPN or the gendarmerie's HR director for
 * their central services, the prefect for the deconcentrated services of their department [001 art. 3]). Under the 2007
 * regime the maps were departmental and « la nomination … interviendra par arrêté préfectoral » [002 §2.2]: the same
 * rule. The authority is a value, the signatory a name signing in a capacity (itself, by delegation, by interim).
 */

export interface ArreteAuthority {
  authority: DesignatingAuthority;
  /** The prefect's department; null for a central authority. */
  departmentId: string | null;
  /** For messages: « Ille-et-Vilaine (35) ». */
  departmentName?: string | null;
}

const AUTHORITY_LABELS: Record<DesignatingAuthority, string> = {
  [DesignatingAuthority.SECRETARY_GENERAL]: 'le secrétaire général du ministère de l’Intérieur',
  [DesignatingAuthority.POLICE]: 'le directeur des ressources humaines, des finances et des soutiens de la police nationale',
  [DesignatingAuthority.GENDARMERIE]: 'le directeur des ressources humaines de la gendarmerie nationale',
  [DesignatingAuthority.PREFECT]: 'le préfet',
};

/** « le préfet (département : Ille-et-Vilaine (35)) », « le directeur des ressources humaines … de la police nationale ». */
export function authorityLabel(a: ArreteAuthority): string {
  const base = AUTHORITY_LABELS[a.authority];
  return a.authority === DesignatingAuthority.PREFECT && a.departmentName ? `${base} (département : ${a.departmentName})` : base;
}

/** The arrêté is taken by the map's authority, and for a prefect by the prefect of the map's department [001 art. 3–4]. */
export function arreteAuthorityRule(
  map: ArreteAuthority,
  arrete: { authority: DesignatingAuthority | null | undefined; departmentId: string | null | undefined },
): Violation[] {
  if (!arrete.authority) {
    return [
      violation(
        'arreteAuthority',
        'REQUIRED',
        `Indiquez l’autorité qui arrête la nomination : ${authorityLabel(map)}, autorité de la carte d’implantation [arrêté du 12 février 2026, art. 4].`,
      ),
    ];
  }
  const same =
    arrete.authority === map.authority && (map.authority !== DesignatingAuthority.PREFECT || arrete.departmentId === map.departmentId);
  if (same) return [];
  const field = arrete.authority === map.authority ? 'arreteAuthorityDepartmentId' : 'arreteAuthority';
  return [
    violation(
      field,
      'APPOINTMENT_AUTHORITY_NOT_MAP',
      `La nomination est arrêtée par l’autorité qui a arrêté la carte d’implantation, ${authorityLabel(map)} [arrêté du 12 février 2026, art. 3 et 4 ; circulaire du 31 décembre 2007, §2.2] : un arrêté d’une autre autorité est refusé.`,
    ),
  ];
}

/** A signatory is named; one who signs for the authority (delegation, interim) states their function. */
export function signatoryRule(name: string | null | undefined, capacity: SignatoryCapacity, title: string | null | undefined): Violation[] {
  const out: Violation[] = [];
  if (!name?.trim()) out.push(violation('arreteSignatory', 'REQUIRED', 'Indiquez le nom du signataire de l’arrêté.'));
  if (capacity !== SignatoryCapacity.AUTHORITY && !title?.trim()) {
    out.push(
      violation(
        'arreteSignatoryTitle',
        'APPOINTMENT_SIGNATORY_TITLE_REQUIRED',
        `Un arrêté signé ${capacity === SignatoryCapacity.DELEGATION ? 'par délégation' : 'par intérim'} indique la fonction du signataire (par exemple « le secrétaire général de la préfecture »).`,
      ),
    );
  }
  return out;
}

/**
 * The signature block: « Pour le préfet et par délégation, le secrétaire général, Paul Durand ». `label` names the
 * authority as the act does (« le préfet du Morbihan »), else its label.
 */
export function signatureLine(
  a: ArreteAuthority,
  signatory: string,
  capacity: SignatoryCapacity,
  title: string | null,
  label = authorityLabel(a),
): string {
  const authority = label;
  if (capacity === SignatoryCapacity.DELEGATION) return `Pour ${authority} et par délégation, ${title ?? ''}, ${signatory}`;
  if (capacity === SignatoryCapacity.INTERIM) return `${capitalise(authority)} par intérim, ${title ?? ''}, ${signatory}`;
  return `${capitalise(authority)}, ${signatory}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
