import { choices } from '../shared/choices';

export const GRANT_KIND_CHOICES = choices('GrantKind');
export const ROLE_CHOICES = choices('Role');
