import { EPSILON, round } from '../network/network.rules';
import { Severity, violation, type Violation } from '../shared/errors';
import { type Dated, describePeriod, segments, within } from '../shared/periods';
import { AllocationTarget, ConventionKind } from './enums';
import { frDate, frNumber } from '../shared/french';
import type { IsoDate } from '../shared/scalars';

/** ETP given to a target: work quota × share [003 annex 5, note 3: « (1 ETP × 80 %) / 2 »]. */
export const etpOf = (workQuota: number, share: number) => Math.round(workQuota * share * 1e6) / 1e6;

/** A number the French way, for messages: 0,45. */
const fr = (n: number) => frNumber(round(n));

/** An allocation as the rules see it: stored, or a row of the batch (with its new values applied). */
export interface Allocation extends Dated {
  /** Stored id, or `row-<index>` for a new row. */
  key: string;
  /** Index of the row in the batch, when it is one. */
  row?: number;
  assignmentId: string;
  conventionId: string;
  postId: string;
  /** A share given to the function (not to a service or a region). */
  isFunction: boolean;
  quota: number;
  share: number;
  /** The target, for messages: « PREF-75 », « région 11 », « fonction ». */
  target: string;
}

// Each share is named by its target (the service, the region, the function), not by a row number that says nothing in a one-row grid.
const named = (a: Allocation) =>
  a.row !== undefined ? `« ${a.target} » : ${fr(a.share)}` : `« ${a.target} » (déjà enregistrée) : ${fr(a.share)}`;

/**
 * The shares of one assignment sum to 1 (± 0.001) wherever it has any (design, DOMAIN §6): checked on every stretch of
 * time within the row's period, with the assignment's other allocations (stored or in the batch, in any convention).
 */
export function shareSumRule(self: Allocation, sameAssignment: Allocation[]): Violation[] {
  for (const segment of segments([self, ...sameAssignment.filter((a) => a.key !== self.key)], self)) {
    const total = segment.active.reduce((sum, a) => sum + a.share, 0);
    if (Math.abs(total - 1) > EPSILON) {
      return [
        violation(
          'share',
          'TIME_ALLOCATION_SHARES_NOT_ONE',
          `Les parts de temps de cette affectation totalisent ${fr(total)} ${describePeriod(segment)} au lieu de 1 (${segment.active.map(named).join(' ; ')}) : ajustez les parts pour que leur somme fasse 1.`,
        ),
      ];
    }
  }
  return [];
}

/** A post's assignments never give more ETP, all targets together, than the post's budgeted quota. */
export function postQuotaRule(self: Allocation, samePost: Allocation[], postEtp: number): Violation[] {
  for (const segment of segments([self, ...samePost.filter((a) => a.key !== self.key)], self)) {
    const total = segment.active.reduce((sum, a) => sum + etpOf(a.quota, a.share), 0);
    if (total > postEtp + EPSILON) {
      return [
        violation(
          'share',
          'TIME_ALLOCATION_POST_OVER_QUOTA',
          `Le poste serait réparti à ${fr(total)} ETP ${describePeriod(segment)}, au-delà de son quota de ${fr(postEtp)} ETP (${segment.active.map(named).join(' ; ')}).`,
        ),
      ];
    }
  }
  return [];
}

/** About 0.2 of the time goes to the function [003 annex 5]: a share far from the convention's guideline is a warning, not an error. */
export function functionShareRule(share: number, guideline: number, tolerance: number): Violation[] {
  if (Math.abs(share - guideline) <= tolerance + 1e-9) return [];
  return [
    violation(
      'share',
      'FUNCTION_SHARE_FAR_FROM_GUIDELINE',
      `La part consacrée à la fonction (${fr(share)}) s’écarte de la référence de la convention (environ ${fr(guideline)}, ± ${fr(tolerance)}) [circulaire de l’Équipement, annexe 5].`,
      Severity.WARNING,
    ),
  ];
}

/**
 * An ASS sector gives about 0.2 of the time to the function [003 annex 5]: an assignment whose shares under the
 * convention name no function share on some stretch of time is a warning (reported once, on its first row).
 */
export function functionShareMissingRule(self: Allocation, sameConvention: Allocation[], guideline: number): Violation[] {
  const mine = sameConvention.filter((a) => a.assignmentId === self.assignmentId && a.key !== self.key);
  if (self.isFunction || mine.some((a) => !a.isFunction && a.row !== undefined && a.row < (self.row ?? Infinity))) return [];
  const bare = segments([self, ...mine], self).find((segment) => !segment.active.some((a) => a.isFunction));
  if (!bare) return [];
  return [
    violation(
      'share',
      'FUNCTION_SHARE_MISSING',
      `Aucune part de temps n’est consacrée à la fonction ${describePeriod(bare)} (environ ${fr(guideline)} du temps : formation, documentation, études, observation sociale, réunions) [circulaire de l’Équipement, annexe 5].`,
      Severity.WARNING,
    ),
  ];
}

export function shareRangeRule(share: number | undefined): Violation[] {
  if (share === undefined || (share > 0 && share <= 1 + EPSILON)) return [];
  return [violation('share', 'TIME_ALLOCATION_SHARE_RANGE', `Une part de temps est comprise entre 0 (exclu) et 1 : ${fr(share)} reçu.`)];
}

/** An allocation lies within the convention's dates and within the assignment's. */
export function allocationPeriodRule(self: Dated, convention: Dated & { reference: string }, assignment: Dated): Violation[] {
  const field = (outer: Dated) => (self.validFrom < outer.validFrom ? 'validFrom' : 'validTo');
  if (!within(self, convention)) {
    return [
      violation(
        field(convention),
        'TIME_ALLOCATION_OUTSIDE_CONVENTION',
        `La part de temps (${describePeriod({ from: self.validFrom, to: self.validTo })}) sort des dates de la convention ${convention.reference} (${describePeriod({ from: convention.validFrom, to: convention.validTo })}).`,
      ),
    ];
  }
  if (!within(self, assignment)) {
    return [
      violation(
        field(assignment),
        'TIME_ALLOCATION_OUTSIDE_ASSIGNMENT',
        `La part de temps (${describePeriod({ from: self.validFrom, to: self.validTo })}) sort de la période d’affectation de l’agent sur le poste (${describePeriod({ from: assignment.validFrom, to: assignment.validTo })}).`,
      ),
    ];
  }
  return [];
}

/** The target fields agree with the target kind, and the kind suits the convention. */
export function targetRule(kind: ConventionKind, target: AllocationTarget, serviceId: string | null, regionId: string | null): Violation[] {
  const allowed: Record<ConventionKind, AllocationTarget[]> = {
    [ConventionKind.ASS_SERVICE]: [AllocationTarget.SERVICE, AllocationTarget.FUNCTION],
    [ConventionKind.CTR_INTERREGIONAL]: [AllocationTarget.SERVICE, AllocationTarget.REGION, AllocationTarget.FUNCTION],
    [ConventionKind.INTERMINISTERIAL]: [AllocationTarget.SERVICE],
  };
  if (!allowed[kind].includes(target))
    return [
      violation(
        'targetKind',
        'TIME_ALLOCATION_TARGET_KIND',
        `Une convention de ce type ne répartit le temps qu’entre : ${allowed[kind].map((t) => TARGET_LABEL[t]).join(', ')}.`,
      ),
    ];
  if (target === AllocationTarget.SERVICE && (!serviceId || regionId))
    return [violation('serviceId', 'TIME_ALLOCATION_TARGET', 'Une part attribuée à un service indique ce service (et lui seul).')];
  if (target === AllocationTarget.REGION && (!regionId || serviceId))
    return [violation('regionId', 'TIME_ALLOCATION_TARGET', 'Une part attribuée à une région indique cette région (et elle seule).')];
  if (target === AllocationTarget.FUNCTION && (serviceId || regionId))
    return [violation('targetKind', 'TIME_ALLOCATION_TARGET', 'La part consacrée à la fonction n’a ni service ni région.')];
  return [];
}

const TARGET_LABEL: Record<AllocationTarget, string> = { SERVICE: 'services', REGION: 'régions', FUNCTION: 'fonction' };

/** A convention for one post (ASS_SERVICE, CTR_INTERREGIONAL) shares the time of that post's assignments only. */
export function conventionPostRule(kind: ConventionKind, conventionPostId: string | null, assignmentPostId: string): Violation[] {
  if (kind === ConventionKind.INTERMINISTERIAL || !conventionPostId || conventionPostId === assignmentPostId) return [];
  return [violation('assignmentId', 'TIME_ALLOCATION_POST_MISMATCH', 'Cette affectation ne porte pas sur le poste de la convention.')];
}

export interface Zone {
  /** Services of the zone, with the main service they are counted with (or null). */
  services: Map<string, string | null>;
  departments: Set<string>;
  regions: Set<string>;
}

/** One entry of a convention's zone, with its dates (the zone is dated: issue 17). */
export interface ZoneEntry extends Dated {
  serviceId: string | null;
  departmentId: string | null;
  regionId: string | null;
  countedWithId: string | null;
}

/** The zone in force throughout `period` (its entries whose own dates hold the whole period), or at any time without one. */
export function zoneDuring(entries: ZoneEntry[], period?: Dated): Zone {
  const zone: Zone = { services: new Map(), departments: new Set(), regions: new Set() };
  for (const e of entries) {
    if (period && !within(period, e)) continue;
    if (e.serviceId) zone.services.set(e.serviceId, e.countedWithId);
    if (e.departmentId) zone.departments.add(e.departmentId);
    if (e.regionId) zone.regions.add(e.regionId);
  }
  return zone;
}

/**
 * Time goes only to the services (or regions) of the convention's zone, for the whole period of the share; a small
 * service counted with its main one gets none itself. `entries` and `period`: the dated zone and the share's dates.
 */
export function zoneRule(
  entries: ZoneEntry[],
  target: { serviceId: string | null; code: string; departmentId: string | null; regionId: string | null },
  period: Dated,
  mainCode?: string,
): Violation[] {
  // Inside the zone at some time, not throughout the share: the refusal says so, with the share's dates.
  const sometime = !zoneRuleIn(zoneDuring(entries), target, mainCode).length;
  const during = sometime
    ? ` pendant toute la part (${describePeriod({ from: period.validFrom, to: period.validTo })}) : ajustez les dates de la part ou celles de la zone`
    : '';
  return zoneRuleIn(zoneDuring(entries, period), target, mainCode, during);
}

/** The zone rule on one zone; `during` completes the outside-the-zone message (the dates the target is outside). */
function zoneRuleIn(
  zone: Zone,
  target: { serviceId: string | null; code: string; departmentId: string | null; regionId: string | null },
  mainCode?: string,
  during = '',
): Violation[] {
  if (target.serviceId) {
    const countedWith = zone.services.get(target.serviceId);
    if (countedWith)
      return [
        violation(
          'serviceId',
          'TIME_ALLOCATION_COUNTED_WITH_MAIN',
          `Le service ${target.code} est compté avec son service principal${mainCode ? ` ${mainCode}` : ''} : attribuez le temps à celui-ci.`,
        ),
      ];
    const inside =
      zone.services.has(target.serviceId) ||
      (target.departmentId !== null && zone.departments.has(target.departmentId)) ||
      (target.regionId !== null && zone.regions.has(target.regionId));
    return inside
      ? []
      : [
          violation(
            'serviceId',
            'TIME_ALLOCATION_OUTSIDE_ZONE',
            `Le service ${target.code} n’est pas dans la zone d’intervention de la convention${during}.`,
          ),
        ];
  }
  if (target.regionId && !zone.regions.has(target.regionId)) {
    return [
      violation('regionId', 'TIME_ALLOCATION_OUTSIDE_ZONE', `La région ${target.code} n’est pas dans la zone de la convention${during}.`),
    ];
  }
  return [];
}

/** What each kind of convention needs: the post of its kind, or a partner ministry and a direction [003 annexes 4–5; 004 §II.2, §III]. */
export function conventionKindRule(
  kind: ConventionKind,
  c: { postKind: string | null; partnerIsInterior: boolean | null; direction: string | null; basis: string; validTo: string | null },
): Violation[] {
  if (kind === ConventionKind.INTERMINISTERIAL) {
    const out: Violation[] = [];
    if (c.partnerIsInterior === null)
      out.push(
        violation('partnerMinistryId', 'CONVENTION_PARTNER_REQUIRED', 'Une convention interministérielle indique le ministère partenaire.'),
      );
    else if (c.partnerIsInterior)
      out.push(
        violation(
          'partnerMinistryId',
          'CONVENTION_PARTNER_REQUIRED',
          'Le ministère partenaire d’une convention interministérielle n’est pas le ministère de l’Intérieur.',
        ),
      );
    if (!c.direction)
      out.push(
        violation(
          'direction',
          'CONVENTION_DIRECTION_REQUIRED',
          'Une convention interministérielle indique qui assure le service social de qui.',
        ),
      );
    if (c.postKind)
      out.push(violation('postId', 'CONVENTION_POST_KIND', 'Une convention interministérielle ne porte pas sur un poste unique.'));
    return out;
  }
  const expected = kind === ConventionKind.ASS_SERVICE ? 'ASS' : 'CTR';
  if (c.postKind !== expected) {
    return [
      violation(
        'postId',
        'CONVENTION_POST_KIND',
        kind === ConventionKind.ASS_SERVICE
          ? 'Une convention de service d’ASS porte sur un poste d’assistant de service social.'
          : 'Une convention interrégionale porte sur un poste de conseiller technique régional.',
      ),
    ];
  }
  if (kind === ConventionKind.CTR_INTERREGIONAL && c.basis === 'DRH_DECISION' && !c.validTo) {
    return [
      violation(
        'validTo',
        'CONVENTION_TEMPORARY',
        'La prise en charge d’une seconde région par un CTR est temporaire, sur décision datée du DRH (circulaire NOR INTK1307790C, § II.2) : indiquez sa date de fin.',
      ),
    ];
  }
  return [];
}

/** A zone entry is exactly one of a service, a department or a region. */
export function scopeRule(s: {
  serviceId: string | null;
  departmentId: string | null;
  regionId: string | null;
  countedWithId: string | null;
}): Violation[] {
  const count = [s.serviceId, s.departmentId, s.regionId].filter(Boolean).length;
  if (count !== 1)
    return [
      violation('serviceId', 'CONVENTION_SCOPE_TARGET', 'Une entrée de zone désigne un service, un département ou une région (un seul).'),
    ];
  if (s.countedWithId && (!s.serviceId || s.countedWithId === s.serviceId))
    return [
      violation(
        'countedWithId',
        'CONVENTION_SCOPE_COUNTED_WITH',
        'Seul un service est compté avec un autre service, son service principal.',
      ),
    ];
  return [];
}

/**
 * An entry of a convention's zone is in force within the convention's own period (issue 17: the zone is dated): it
 * starts on or after the convention's first day and ends by its last day (an entry with no end lasts as long as it).
 */
export function scopePeriodRule(entry: Dated, convention: Dated): Violation[] {
  if (within({ validFrom: entry.validFrom, validTo: entry.validTo ?? convention.validTo }, convention)) return [];
  const period = describePeriod({ from: convention.validFrom, to: convention.validTo });
  return [
    violation(
      entry.validFrom < convention.validFrom ? 'validFrom' : 'validTo',
      'CONVENTION_SCOPE_PERIOD',
      `Une entrée de zone est en vigueur pendant la convention (${period}) : ajustez ses dates.`,
    ),
  ];
}

/**
 * A new zone entry saved with no start enters the zone with its convention: said before the save (a dry run says what
 * the save will do) when the convention began before `day` (today in Paris), since it dates the entry back to the
 * signature and with it the coverage of every day since.
 */
export function scopeDefaultStartRule(entry: { validFrom: IsoDate | null; isNew: boolean }, convention: Dated, day: IsoDate): Violation[] {
  // A convention that starts today or later backdates nothing: its zone is entered with it, as expected (the usual
  // case of a zone imported with its new convention, where a warning per row would be noise).
  if (entry.validFrom || !entry.isNew || convention.validFrom >= day) return [];
  return [
    violation(
      'validFrom',
      'CONVENTION_SCOPE_DEFAULT_START',
      `Sans date de début, l’entrée entre dans la zone avec la convention, le ${frDate(convention.validFrom)} : saisissez la date d’entrée si elle est plus tardive.`,
      Severity.WARNING,
    ),
  ];
}

/** A sector of a CTR's post, as the second-region rule sees it. */
export interface RegionSector extends Dated {
  regionId: string;
  temporary: boolean;
  decisionReference: string | null;
}

/**
 * A CTR's time goes to the regions of its post's sectors, on their dates; another region is taken in charge « à titre
 * transitoire et temporaire … sur décision du directeur des ressources humaines » [004 §II.2]: time given to it outside
 * that decision's dates (after it ended, or before it began) is refused, as is time to a region that is no sector at all.
 */
export function secondRegionRule(self: Dated, region: { id: string; code: string }, sectors: RegionSector[]): Violation[] {
  const own = sectors.filter((s) => s.regionId === region.id);
  if (!own.length) {
    return [
      violation(
        'regionId',
        'CTR_REGION_NOT_SECTOR',
        `La région ${region.code} n’est pas un secteur de ce poste de conseiller technique régional : une autre région ne se prend en charge qu’à titre temporaire, sur décision du directeur des ressources humaines (circulaire NOR INTK1307790C, § II.2) ; enregistrez d’abord ce secteur avec la décision.`,
      ),
    ];
  }
  const marker = { ...self, regionId: '', temporary: false, decisionReference: null };
  const gap = segments<RegionSector>([marker, ...own], self).find((segment) => segment.active.length === 1);
  if (!gap) return [];
  const decisions = own
    .filter((s) => s.temporary)
    .map((s) => `décision ${s.decisionReference ?? 's.n.'} ${describePeriod({ from: s.validFrom, to: s.validTo })}`);
  const sectorPeriods = own.map((s) => describePeriod({ from: s.validFrom, to: s.validTo })).join(' et ');
  const cover = decisions.length
    ? `la prise en charge temporaire de la région ${region.code} ne vaut que sur la période de la décision du DRH (${decisions.join(' ; ')})`
    : `la région ${region.code} n’est un secteur du poste que ${sectorPeriods}`;
  return [
    violation(
      gap.from === self.validFrom ? 'validFrom' : 'validTo',
      'CTR_SECOND_REGION_OUTSIDE_DECISION',
      `Part de temps donnée à la région ${region.code} ${describePeriod(gap)} : ${cover} (circulaire NOR INTK1307790C, § II.2).`,
    ),
  ];
}
