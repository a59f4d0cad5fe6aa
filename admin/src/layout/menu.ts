/**
 * The menu, grouped by task. Each entry is a resource's list, its spreadsheet view, or a page of its own; an entry
 * the caller cannot open (resource not registered for the role, spreadsheet of a type it may not change) is left
 * out, and so is a group left empty.
 */
/** A page of its own may name the resource it reads (`needs`): without it for the caller, the page is left out too. */
export type MenuEntry = { resource: string } | { grid: string } | { to: string; label: string; needs?: string };

export interface MenuGroup {
  id: string;
  label: string;
  entries: MenuEntry[];
}

export const MENU: MenuGroup[] = [
  {
    id: 'referential',
    label: 'app.menu.groups.referential',
    entries: [
      { resource: 'services' },
      { grid: 'services' },
      { resource: 'agents' },
      { grid: 'agents' },
      { resource: 'service-sites' },
      { resource: 'service-headcounts' },
      { resource: 'ministries' },
      { resource: 'regions' },
      { resource: 'departments' },
      { resource: 'overseas-collectivities' },
    ],
  },
  {
    id: 'correspondents',
    label: 'app.menu.groups.correspondents',
    entries: [
      { resource: 'implantation-maps' },
      { grid: 'implantation-map-entries' },
      { resource: 'candidate-calls' },
      { resource: 'candidacies' },
      { grid: 'candidacies' },
      { resource: 'appointments' },
      { resource: 'mission-letters' },
      { resource: 'trainings' },
      { resource: 'information-meetings' },
      { resource: 'field-reports' },
      { resource: 'support-professionals' },
    ],
  },
  {
    id: 'commissions',
    label: 'app.menu.groups.commissions',
    entries: [
      { resource: 'commissions' },
      { resource: 'commission-sessions' },
      { resource: 'commission-members' },
      { resource: 'opinions' },
      { resource: 'session-attendances' },
      { resource: 'consultations' },
    ],
  },
  {
    id: 'network',
    label: 'app.menu.groups.network',
    entries: [
      { resource: 'social-worker-posts' },
      { grid: 'social-worker-posts' },
      { resource: 'post-assignments' },
      { grid: 'post-assignments' },
      { resource: 'replacements' },
      { resource: 'network-reports' },
      { resource: 'conventions' },
      { grid: 'time-allocations' },
    ],
  },
  {
    id: 'steering',
    label: 'app.menu.groups.steering',
    entries: [
      { to: '/indicators', label: 'app.menu.indicators', needs: 'implantation-maps' },
      { to: '/network-ratio', label: 'app.network.ratio' },
      { resource: 'annual-reports' },
      { resource: 'national-synthesis-reports' },
    ],
  },
  {
    id: 'administration',
    label: 'app.menu.groups.administration',
    // Dated regulatory settings (regimes, the ASS qualification by date), then the supervision of personal data and who may sign in (access grants).
    entries: [
      { resource: 'regimes' },
      { resource: 'post-qualifications' },
      { resource: 'personal-data-accesses' },
      { resource: 'access-grants' },
    ],
  },
];

/** The route an entry opens. */
export const entryPath = (entry: MenuEntry): string =>
  'resource' in entry ? `/${entry.resource}` : 'grid' in entry ? `/${entry.grid}/tableur` : entry.to;

/**
 * The entry the current route belongs to: the longest path that prefixes it (`/agents/tableur` is the spreadsheet,
 * `/agents/12/show` the list's).
 */
export const activeEntryPath = (pathname: string, paths: string[]): string | undefined =>
  paths.filter((path) => pathname === path || pathname.startsWith(`${path}/`)).sort((a, b) => b.length - a.length)[0];
