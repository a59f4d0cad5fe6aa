import { registerEnumType } from 'type-graphql';

/** The users of DOMAIN.md §1. */
export enum Role {
  NATIONAL_ADMIN = 'NATIONAL_ADMIN',
  DEPARTMENTAL_ADMIN = 'DEPARTMENTAL_ADMIN',
  REGIONAL_CTR = 'REGIONAL_CTR',
  ANALYST = 'ANALYST',
  PARTNER_MINISTRY = 'PARTNER_MINISTRY',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'Rôle d’un utilisateur ou d’un script : il fixe ce qu’il peut lire et modifier, dans son périmètre (access/policy.ts).',
});

export const ROLE_LABELS: Record<Role, string> = {
  NATIONAL_ADMIN: 'administrateur national',
  DEPARTMENTAL_ADMIN: 'administrateur départemental',
  REGIONAL_CTR: 'conseiller technique régional',
  ANALYST: 'analyste',
  PARTNER_MINISTRY: 'ministère partenaire',
};

/**
 * Who is calling, from a verified token. `perimeter` holds INSEE codes (departments for a departmental
 * administrator, regions for a CTR) or the partner ministry's code.
 */
export interface Principal {
  subject: string;
  name?: string;
  role: Role;
  perimeter: string[];
}

/** Roles whose perimeter is a set of departments (explicit, or the departments of regions). */
export const isTerritorial = (role: Role) => role === Role.DEPARTMENTAL_ADMIN || role === Role.REGIONAL_CTR;
