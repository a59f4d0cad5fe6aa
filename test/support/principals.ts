import { type Principal, Role } from '../../api/src/access/roles';
import { NATIONAL } from './app';

/** One caller of each role, each with a perimeter that the demo data fills (`seeds/demo`). */
export const ADMIN_75: Principal = { subject: 'admin.75@interieur.gouv.fr', role: Role.DEPARTMENTAL_ADMIN, perimeter: ['75'] };
export const CTR_IDF: Principal = { subject: 'ctr.idf@interieur.gouv.fr', role: Role.REGIONAL_CTR, perimeter: ['11'] };
export const ANALYST: Principal = { subject: 'analyste@interieur.gouv.fr', role: Role.ANALYST, perimeter: [] };
export const PARTNER: Principal = { subject: 'partenaire@agriculture.gouv.fr', role: Role.PARTNER_MINISTRY, perimeter: ['AGRICULTURE'] };

/** Every role, by the name a test reports it with. */
export const ROLES = { national: NATIONAL, departmental: ADMIN_75, regional: CTR_IDF, analyst: ANALYST, partner: PARTNER };
