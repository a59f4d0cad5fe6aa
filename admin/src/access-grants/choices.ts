import { choices } from '../shared/choices';

export const GRANT_KIND_CHOICES = choices('GrantKind', ['USER', 'CLIENT'] as const);
export const ROLE_CHOICES = choices('Role', [
  'NATIONAL_ADMIN',
  'DEPARTMENTAL_ADMIN',
  'REGIONAL_CTR',
  'ANALYST',
  'PARTNER_MINISTRY',
] as const);
