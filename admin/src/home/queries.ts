/**
 * What the home page counts (attention.graphql, typed by `pnpm codegen`): each figure is one of the API's indicators
 * (one SQL aggregate each), read whole (they are not paginated), never a total made in the browser over a page of a list.
 */
import type { AttentionQuery, NetworkAttentionQuery } from '../gql/graphql';

export { AttentionDocument as ATTENTION, NetworkAttentionDocument as NETWORK_ATTENTION } from '../gql/graphql';
export type Attention = AttentionQuery;
export type NetworkAttention = NetworkAttentionQuery;

/** One card of « À traiter »: its label (and the label's other arguments), how many, where to go (none when there is nothing to see). */
export interface AttentionItem {
  id: string;
  label: string;
  args?: Record<string, string | number>;
  count: number;
  to: string | null;
}

/** Beyond this many records the link opens the page that explains them rather than a list of ids (a URL has limits). */
export const MAX_LINKED_IDS = 100;

/**
 * The list of `resource` restricted to the records an indicator names (the lists take an `ids` filter), or
 * `fallback` when there are too many to name.
 */
export const listOf = (resource: string, ids: string[], fallback: string): string | null => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  if (unique.length > MAX_LINKED_IDS) return fallback;
  return `/${resource}?filter=${encodeURIComponent(JSON.stringify({ ids: unique }))}`;
};

const item = (id: string, label: string, resource: string, ids: string[], fallback = '/indicators'): AttentionItem => ({
  id,
  label,
  count: new Set(ids).size,
  to: listOf(resource, ids, fallback),
});

export const attentionItems = (data: Attention): AttentionItem[] => [
  // The uncovered services of every map in force (a service on two maps counts once).
  item(
    'uncovered',
    'app.home.uncovered',
    'services',
    data.mapCoverage.flatMap((c) => c.uncovered.map((u) => u.service.id)),
  ),
  item(
    'letters',
    'app.home.unsignedLetters',
    'appointments',
    data.appointmentsWithoutSignedLetter.map((a) => a.appointment.id),
  ),
  item(
    'training',
    'app.home.withoutTraining',
    'appointments',
    data.correspondentsWithoutInitialTraining.map((a) => a.appointment.id),
  ),
  item(
    'broken',
    'app.home.broken',
    'appointments',
    data.brokenConditions.map((a) => a.appointment.id),
  ),
  // Left out for a role that reads no mobility plan (not asked: see attention.graphql).
  ...(data.mobilityPlansAfterAppointment
    ? [
        item(
          'mobility',
          'app.home.mobility',
          'appointments',
          data.mobilityPlansAfterAppointment.map((a) => a.appointment.id),
        ),
      ]
    : []),
  // Central perimeters (no department) count too; the indicators page names them all.
  {
    id: 'meetings',
    label: 'app.home.noMeeting',
    count: data.perimetersWithoutInformationMeeting.length,
    to: data.perimetersWithoutInformationMeeting.length ? '/indicators' : null,
  },
];

/** `reportYear`: the year whose ASS annual reports were asked for (the query's variable). */
export const networkAttentionItems = (data: NetworkAttention, reportYear: number): AttentionItem[] => [
  item(
    'vacant',
    'app.home.vacantPosts',
    'social-worker-posts',
    data.vacantPosts.map((v) => v.post.id),
    '/social-worker-posts',
  ),
  item(
    'allocations',
    'app.home.unbalancedAllocations',
    'post-assignments',
    data.allocationsNotSummingToOne.map((a) => a.assignment.id),
    '/time-allocations/tableur',
  ),
  // The ASS posts held last year whose annual report is not handed in [004 §II.1–3]: the posts' list.
  {
    ...item(
      'reports',
      'app.home.missingReports',
      'social-worker-posts',
      data.missingNetworkReports.map((m) => m.post.id),
      '/indicators',
    ),
    args: { year: reportYear },
  },
  // ASS missing from their department's CLAS as members by right [004 §II.3]: counted by ASS, the link opens the CLAS
  // (each commission's page has the action that seats them).
  {
    ...item(
      'exOfficio',
      'app.home.exOfficio',
      'commissions',
      data.clasWithoutExOfficioSocialWorkers.map((a) => a.commission.id),
      '/indicators',
    ),
    count: data.clasWithoutExOfficioSocialWorkers.reduce((n, a) => n + new Set(a.missing.map((m) => m.post.id)).size, 0),
  },
];

/** The year whose ASS annual reports are owed by `day`: the previous one [004 §II.3] (the home page's, the indicators page's). */
export const reportYearOf = (day: string): number => Number(day.slice(0, 4)) - 1;
