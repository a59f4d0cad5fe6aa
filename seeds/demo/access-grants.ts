import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessGrant, GrantKind } from '../../api/src/access/grants/access-grant.entity';
import { Role } from '../../api/src/access/roles';

/**
 * What the national administration's « Habilitations » page holds once an identity provider is plugged in: the
 * provider's people and scripts, each with its role and perimeter (read only with `AUTH_ISSUER`; the demo accounts
 * sign in without them). Fictional subjects, one per kind of user, and one grant ended, so that the page shows a
 * history and not an empty list.
 */
export async function seedAccessGrants(em: EntityManager): Promise<void> {
  const grant = (g: Pick<AccessGrant, 'kind' | 'subject' | 'label' | 'role' | 'perimeter'> & { validFrom: string; validTo?: string }) =>
    em.create(AccessGrant, { validTo: null, ...g });
  grant({
    kind: GrantKind.USER,
    subject: 'f3a1c2e4-demo-sdasap',
    label: 'Claire Martin, SDASAP (bureau de l’action sociale)',
    role: Role.NATIONAL_ADMIN,
    perimeter: [],
    validFrom: '2024-01-01',
  });
  grant({
    kind: GrantKind.USER,
    subject: 'b81d0e55-demo-rhone',
    label: 'Julien Roux, préfecture du Rhône (service des ressources humaines)',
    role: Role.DEPARTMENTAL_ADMIN,
    perimeter: ['69'],
    validFrom: '2025-03-01',
  });
  grant({
    kind: GrantKind.USER,
    subject: 'c42e9a10-demo-ctr-ara',
    label: 'Sophie Bernard, conseillère technique régionale Auvergne-Rhône-Alpes',
    role: Role.REGIONAL_CTR,
    perimeter: ['84'],
    validFrom: '2023-09-01',
  });
  grant({
    kind: GrantKind.USER,
    subject: 'a07f3b21-demo-ancien-ctr',
    label: 'Marc Lefèvre, ancien conseiller technique régional Bretagne (muté)',
    role: Role.REGIONAL_CTR,
    perimeter: ['53'],
    validFrom: '2019-09-01',
    validTo: '2023-08-31',
  });
  grant({
    kind: GrantKind.CLIENT,
    subject: 'tableaux-de-bord-drh',
    label: 'Script des tableaux de bord de la DRH (propriétaire : bureau des études)',
    role: Role.ANALYST,
    perimeter: [],
    validFrom: '2025-01-01',
  });
  grant({
    kind: GrantKind.CLIENT,
    subject: 'agriculture-action-sociale',
    label: 'Ministère de l’Agriculture : consultation des conventions (convention interministérielle)',
    role: Role.PARTNER_MINISTRY,
    perimeter: ['AGRICULTURE'],
    validFrom: '2025-06-01',
  });
  await em.flush();
}
