import type { MenuEntry } from '../layout/menu';
import type { EnumValue } from '../gql/enums';

type Role = EnumValue<'Role'>;

/** Each role's everyday tasks, shown on its home page (entries it cannot open are left out, as in the menu). */
export const SHORTCUTS: Record<string, MenuEntry[]> = {
  NATIONAL_ADMIN: [
    { resource: 'implantation-maps' },
    { resource: 'candidacies' },
    { resource: 'appointments' },
    { resource: 'conventions' },
    { to: '/indicators', label: 'app.menu.indicators' },
    { resource: 'personal-data-accesses' },
  ],
  DEPARTMENTAL_ADMIN: [
    { grid: 'agents' },
    { grid: 'services' },
    { resource: 'implantation-maps' },
    { resource: 'candidacies' },
    { resource: 'information-meetings' },
    { to: '/indicators', label: 'app.menu.indicators' },
  ],
  REGIONAL_CTR: [
    { resource: 'social-worker-posts' },
    { grid: 'post-assignments' },
    { grid: 'time-allocations' },
    { resource: 'replacements' },
    { resource: 'conventions' },
    { to: '/network-ratio', label: 'app.network.ratio' },
  ],
  ANALYST: [
    { to: '/indicators', label: 'app.menu.indicators' },
    { to: '/network-ratio', label: 'app.network.ratio' },
    { resource: 'annual-reports' },
    { resource: 'services' },
  ],
  PARTNER_MINISTRY: [
    { resource: 'conventions' },
    { resource: 'social-worker-posts' },
    { to: '/network-ratio', label: 'app.network.ratio' },
  ],
};

/** The roles whose home page lists the correspondents' network alerts. */
export const WATCHES_CORRESPONDENTS = new Set<string>(['NATIONAL_ADMIN', 'DEPARTMENTAL_ADMIN', 'ANALYST'] satisfies Role[]);

/** The roles whose home page lists the social service network's alerts (vacant posts, time not fully allocated). */
export const WATCHES_NETWORK = new Set<string>(['NATIONAL_ADMIN', 'DEPARTMENTAL_ADMIN', 'REGIONAL_CTR', 'ANALYST'] satisfies Role[]);
