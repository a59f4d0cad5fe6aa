import type { EntityManager } from '@mikro-orm/postgresql';
import { SupportKind, SupportProfessional } from '../../api/src/directory/support-professional.entity';
import type { Department } from '../../api/src/referential/department.entity';

/** The support professionals' directory [001 art. 5]: two national contacts and, per demo department, its social service and prevention doctor. */
export function seedDirectory(em: EntityManager, departments: Department[]): void {
  const validFrom = '2024-01-01';
  em.create(SupportProfessional, {
    kind: SupportKind.OPERATIONAL_SUPPORT_PSYCHOLOGIST,
    name: 'Service de soutien psychologique opérationnel (SSPO)',
    organisation: 'DRHFSPN',
    phone: '01 80 15 00 00',
    availability: 'Permanence 24 h/24',
    validFrom,
  });
  em.create(SupportProfessional, {
    kind: SupportKind.OTHER,
    name: 'Cellule d’écoute et d’alerte',
    organisation: 'SDASAP',
    phone: '01 80 15 10 10',
    availability: 'Jours ouvrés, 9 h – 18 h',
    validFrom,
  });
  for (const department of departments) {
    const code = department.code.toLowerCase();
    em.create(SupportProfessional, {
      kind: SupportKind.SOCIAL_WORKER,
      name: `Service social — ${department.name}`,
      organisation: `Préfecture (${department.code})`,
      email: `service-social-${code}@interieur.gouv.fr`,
      department,
      validFrom,
    });
    em.create(SupportProfessional, {
      kind: SupportKind.PREVENTION_DOCTOR,
      name: `Médecine de prévention — ${department.name}`,
      organisation: 'SGAMI',
      email: `medecine-prevention-${code}@interieur.gouv.fr`,
      department,
      validFrom,
    });
  }
}
