/** The kinds of users (DOMAIN.md §1), as the back office and the explorer name them. */
export const roleNames: Record<string, string> = {
  NATIONAL_ADMIN: 'Administration nationale',
  DEPARTMENTAL_ADMIN: 'Administration départementale',
  REGIONAL_CTR: 'Conseiller technique régional',
  ANALYST: 'Analyste',
  PARTNER_MINISTRY: 'Ministère partenaire',
};
