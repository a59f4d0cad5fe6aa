import { authorityLabel } from '../correspondents/appointments/arrete.rules';
import { ofDepartment } from '../referential/department-names';
import { DesignatingAuthority } from '../referential/enums';

/** The department of a prefect's act (code and name), or null for a central perimeter. */
export type ActDepartment = { code: string; name: string } | null;

const CENTRAL: Record<Exclude<DesignatingAuthority, DesignatingAuthority.PREFECT>, string[]> = {
  [DesignatingAuthority.SECRETARY_GENERAL]: [
    'MINISTÈRE DE L’INTÉRIEUR',
    'Secrétariat général',
    'Direction des ressources humaines — sous-direction de l’action sociale et de l’accompagnement du personnel',
  ],
  [DesignatingAuthority.POLICE]: [
    'MINISTÈRE DE L’INTÉRIEUR',
    'Direction générale de la police nationale',
    'Direction des ressources humaines, des finances et des soutiens de la police nationale',
  ],
  [DesignatingAuthority.GENDARMERIE]: [
    'MINISTÈRE DE L’INTÉRIEUR',
    'Direction générale de la gendarmerie nationale',
    'Direction des ressources humaines de la gendarmerie nationale',
  ],
};

/** The issuer block of a perimeter's documents: « PRÉFET DU MORBIHAN », or the ministry and the central direction. */
export function issuerOf(authority: DesignatingAuthority, department: ActDepartment): string[] {
  if (authority !== DesignatingAuthority.PREFECT) return CENTRAL[authority];
  return department
    ? [`PRÉFET ${ofDepartment(department.code, department.name).toUpperCase()}`, 'Service départemental d’action sociale']
    : ['PRÉFECTURE'];
}

/**
 * Who takes the act, as its opening line says it: « Le préfet du Morbihan », « Le secrétaire général du ministère de
 * l’Intérieur » — the authorities of art. 3 of the arrêté of 12 February 2026, which arrêtent both the map and the
 * appointments (art. 3–4); under 2007 the prefect [002 §2.1–2.2].
 */
export function authorityTitle(authority: DesignatingAuthority, department: ActDepartment): string {
  const label =
    authority === DesignatingAuthority.PREFECT && department
      ? `le préfet ${ofDepartment(department.code, department.name)}`
      : authorityLabel({ authority, departmentId: null });
  return label.charAt(0).toUpperCase() + label.slice(1);
}
