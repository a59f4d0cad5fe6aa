import { type Principal, Role } from './roles';

/**
 * Accounts of the embedded demo (local signing key only; refused in production, where an OIDC issuer
 * authenticates): one per kind of user of DOMAIN.md §1, on the seeded demo departments.
 */
export const DEMO_ACCOUNTS: Principal[] = [
  { subject: 'national@demo.interieur.gouv.fr', name: 'Administration nationale (SDASAP)', role: Role.NATIONAL_ADMIN, perimeter: [] },
  {
    subject: 'admin.75@demo.interieur.gouv.fr',
    name: 'Administrateur départemental — Paris',
    role: Role.DEPARTMENTAL_ADMIN,
    perimeter: ['75'],
  },
  {
    subject: 'ctr.idf@demo.interieur.gouv.fr',
    name: 'Conseiller technique régional — Île-de-France',
    role: Role.REGIONAL_CTR,
    perimeter: ['11'],
  },
  { subject: 'analyste@demo.interieur.gouv.fr', name: 'Analyste', role: Role.ANALYST, perimeter: [] },
  {
    subject: 'partenaire@demo.agriculture.gouv.fr',
    name: 'Ministère de l’Agriculture (partenaire)',
    role: Role.PARTNER_MINISTRY,
    perimeter: ['AGRICULTURE'],
  },
];
