import { AgentCategory } from '../referential/enums';
import { violation, type Violation } from '../shared/errors';
import { type Dated, describePeriod, segments, within } from '../shared/periods';
import { addDays, type IsoDate } from '../shared/scalars';
import { AdministrativeAuthority, PostKind } from './enums';
import { frDate, frNumber } from '../shared/french';

/** Tolerance on sums of fractions (quotas, shares): floating point and rounding in the inputs. */
export const EPSILON = 0.001;

/**
 * The interministerial corps of social workers (ASS and CTSS, since 19 October 2012 [004 §III.2]):
 * recognised by name, so that the corps label may vary ("Assistants de service social des administrations de l'État").
 */
export const SOCIAL_SERVICE_CORPS = /service social/i;

/** CTR, CT_CENTRAL and CTN hold « le grade de conseiller technique de service social » [004 §II.1–2]. */
export const COUNSELLOR_CORPS = /conseill\w*\s+techni\w*\s+de\s+service\s+social/i;

const KIND_LABEL: Record<PostKind, string> = {
  [PostKind.CTN]: 'conseiller technique national',
  [PostKind.CT_CENTRAL]: 'conseiller technique coordonnateur de l’administration centrale',
  [PostKind.CTR]: 'conseiller technique régional',
  [PostKind.ASS]: 'assistant de service social',
};

/** « d’assistant de service social », « de conseiller technique régional ». */
const ofKind = (kind: PostKind) => `${/^[aeiouéh]/i.test(KIND_LABEL[kind]) ? 'd’' : 'de '}${KIND_LABEL[kind]}`;

/** « un poste d’assistant de service social », « un poste de conseiller technique régional ». */
export const postOfKind = (kind: PostKind) => `un poste ${ofKind(kind)}`;

/** A post kind's required category over a period (`PostQualification`). */
export interface QualificationPeriod extends Dated {
  kind: PostKind;
  category: AgentCategory;
  legalBasis: string;
}

/** The requirement in force for a kind on a date, or null when none is configured. */
export const qualificationOn = (rules: readonly QualificationPeriod[], kind: PostKind, date: IsoDate) =>
  rules.find((r) => r.kind === kind && r.validFrom <= date && (r.validTo === null || r.validTo >= date)) ?? null;

/**
 * ASS are state-qualified social workers who cannot be replaced by agents of other corps [004 §II.3, §III.1]; the
 * category follows the dated requirement in force on the assignment's start date: B before 2019-02-01 [004 §II.3], A
 * from then, when the State's ASS became an interministerial corps in category A (décret n° 2017-1050 du 10 mai 2017);
 * CTR, CT_CENTRAL and CTN are category A social service counsellors [004 §II.1–2].
 */
export function qualificationRule(
  kind: PostKind,
  agent: { category: AgentCategory; corps: string; label: string },
  date: IsoDate,
  rules: readonly QualificationPeriod[],
): Violation[] {
  const rule = qualificationOn(rules, kind, date);
  if (!rule) {
    return [
      violation(
        'validFrom',
        'POST_QUALIFICATION_NONE',
        `Aucune exigence de catégorie n’est configurée pour ${postOfKind(kind)} le ${frDate(date)} : complétez les qualifications requises des postes.`,
      ),
    ];
  }
  const counsellor = kind !== PostKind.ASS;
  if (agent.category === rule.category && (counsellor ? COUNSELLOR_CORPS : SOCIAL_SERVICE_CORPS).test(agent.corps)) return [];
  const corps = counsellor ? 'du corps des conseillers techniques de service social' : 'd’un corps du service social';
  return [
    violation(
      'agentId',
      'POST_QUALIFICATION',
      `Un poste ${ofKind(kind)} requiert, le ${frDate(date)}, un agent de catégorie ${rule.category} ${corps} (${rule.legalBasis}) : ${agent.label} est de catégorie ${agent.category}, corps « ${agent.corps} ».`,
    ),
  ];
}

/** The budget programmes that carry the network's posts [004 §III.1]: the schema lists them (`noteAllowed`). */
export const BUDGET_PROGRAMMES = [216, 307] as const;

/** CTR posts are carried by programme 216, ASS posts by programme 307 [004 §III.1]. */
export function budgetProgrammeRule(kind: PostKind, programme: number): Violation[] {
  const expected = kind === PostKind.CTR ? 216 : kind === PostKind.ASS ? 307 : null;
  if (expected !== null && programme !== expected) {
    return [
      violation(
        'budgetProgramme',
        'POST_BUDGET_PROGRAMME',
        `Les emplois ${ofKind(kind)} sont portés par le programme ${expected} (circulaire NOR INTK1307790C, § III.1), non ${programme}.`,
      ),
    ];
  }
  if (!(BUDGET_PROGRAMMES as readonly number[]).includes(programme))
    return [
      violation(
        'budgetProgramme',
        'POST_BUDGET_PROGRAMME',
        `Programme budgétaire inconnu : ${programme} (${BUDGET_PROGRAMMES.join(' ou ')}).`,
      ),
    ];
  return [];
}

/**
 * The technical hierarchy: ASS → CTR or CT_CENTRAL → CTN; the CTN has no technical superior [004 §II]. `kind` and
 * `superior` are the two posts' kinds on `day`, the write's effective date (issue 17: a post's kind is dated).
 */
export function technicalSuperiorRule(kind: PostKind, superior: PostKind | null, day: IsoDate): Violation[] {
  const allowed: Record<PostKind, PostKind[]> = {
    [PostKind.ASS]: [PostKind.CTR, PostKind.CT_CENTRAL],
    [PostKind.CTR]: [PostKind.CTN],
    [PostKind.CT_CENTRAL]: [PostKind.CTN],
    [PostKind.CTN]: [],
  };
  if (superior === null || allowed[kind].includes(superior)) return [];
  const expected = allowed[kind].map((k) => KIND_LABEL[k]).join(' ou ') || 'aucun (sommet du réseau)';
  return [
    violation(
      'technicalSuperiorId',
      'POST_HIERARCHY',
      `Le supérieur technique d’${postOfKind(kind)} est un poste de ${expected} : le ${frDate(day)}, ce poste est ${postOfKind(kind)} et le supérieur choisi ${postOfKind(superior)}.`,
    ),
  ];
}

export function administrativeAuthority(kind: PostKind, residenceInDepartment: boolean): AdministrativeAuthority {
  if (kind === PostKind.CTR) return AdministrativeAuthority.REGIONAL_PREFECT_AND_DRH;
  if (kind === PostKind.ASS && residenceInDepartment) return AdministrativeAuthority.DEPARTMENT_PREFECT;
  return AdministrativeAuthority.DRH;
}

export function fractionRule(field: string, value: number | undefined, label: string): Violation[] {
  if (value === undefined || (value > 0 && value <= 1 + EPSILON)) return [];
  return [violation(field, 'FRACTION_RANGE', `« ${label} » doit être compris entre 0 (exclu) et 1 : ${value} reçu.`)];
}

/**
 * A sector is a region for a CTR, a department (or part of one) for an ASS or the CT_CENTRAL; the CTN has none.
 * `kind` is the post's kind on `day`, the sector's first day (issue 17: a post's kind is dated).
 */
export function sectorRule(
  kind: PostKind,
  sector: {
    regionId: string | null;
    departmentId: string | null;
    temporary: boolean;
    decisionReference: string | null;
    decisionDate: string | null;
    validTo?: string | null;
  },
  day: IsoDate,
): Violation[] {
  const out: Violation[] = [];
  const that = `le ${frDate(day)}, premier jour du secteur, ce poste est ${postOfKind(kind)}`;
  if (kind === PostKind.CTN)
    return [violation('postId', 'SECTOR_KIND', `Le conseiller technique national a une compétence nationale, pas de secteur : ${that}.`)];
  if (kind === PostKind.CTR && (!sector.regionId || sector.departmentId))
    out.push(violation('regionId', 'SECTOR_KIND', `Le secteur d’un conseiller technique régional est une région : ${that}.`));
  if (kind !== PostKind.CTR && (!sector.departmentId || sector.regionId))
    out.push(
      violation(
        'departmentId',
        'SECTOR_KIND',
        `Le secteur d’${postOfKind(kind)} est un département ou une partie de département : ${that}.`,
      ),
    );
  if (sector.temporary && kind !== PostKind.CTR)
    out.push(
      violation(
        'temporary',
        'SECTOR_TEMPORARY',
        `Seul un conseiller technique régional prend temporairement en charge une autre région : ${that}.`,
      ),
    );
  if (sector.temporary && (!sector.decisionReference || !sector.decisionDate)) {
    out.push(
      violation(
        sector.decisionReference ? 'decisionDate' : 'decisionReference',
        'SECTOR_DECISION_REQUIRED',
        'La prise en charge temporaire d’une autre région se fait sur décision datée du directeur des ressources humaines (circulaire NOR INTK1307790C, § II.2) : indiquez sa référence et sa date.',
      ),
    );
  }
  if (sector.temporary && sector.validTo === null) {
    out.push(
      violation(
        'validTo',
        'SECTOR_TEMPORARY_END',
        'La prise en charge d’une autre région est « transitoire et temporaire » (circulaire NOR INTK1307790C, § II.2) : indiquez la date de fin de la décision du DRH.',
      ),
    );
  }
  return out;
}

export interface QuotaPeriod extends Dated {
  quota: number;
  label: string;
}

/** Assignments of one post may overlap (two part-timers), never beyond the post's budgeted ETP. */
export function postCapacityRule(self: QuotaPeriod, others: QuotaPeriod[], postEtp: number): Violation[] {
  for (const segment of segments([self, ...others], self)) {
    const total = segment.active.reduce((sum, a) => sum + a.quota, 0);
    if (total > postEtp + EPSILON) {
      const who = segment.active
        .filter((a) => a !== self)
        .map((a) => a.label)
        .join(', ');
      return [
        violation(
          'workQuota',
          'POST_OVER_CAPACITY',
          `Le poste serait occupé à ${frNumber(round(total))} ETP ${describePeriod(segment)} (avec ${who}), au-delà de son quota de ${frNumber(postEtp)} ETP : réduisez une quotité ou fermez une affectation.`,
        ),
      ];
    }
  }
  return [];
}

/**
 * The replacing agent holds a post of the same kind (an ASS is replaced by an ASS [004 §III.1]), not the covered one,
 * during the replacement. The kinds are the two posts' on the replacement's first day (issue 17: a post's kind is dated).
 */
export function replacementRule(
  covered: { id: string; kind: PostKind },
  replacing: Dated & { postId: string; kind: PostKind },
  period: Dated,
): Violation[] {
  const out: Violation[] = [];
  if (replacing.postId === covered.id)
    out.push(violation('replacingId', 'REPLACEMENT_SAME_POST', 'Un poste ne se remplace pas par sa propre affectation.'));
  if (replacing.kind !== covered.kind)
    out.push(
      violation(
        'replacingId',
        'REPLACEMENT_KIND',
        `Un poste est remplacé par un agent occupant un poste de même nature : le ${frDate(period.validFrom)}, premier jour du remplacement, le poste remplacé est ${postOfKind(covered.kind)} et celui du remplaçant ${postOfKind(replacing.kind)}.`,
      ),
    );
  if (!within(period, replacing))
    out.push(
      violation(
        'validFrom',
        'REPLACEMENT_OUTSIDE_ASSIGNMENT',
        `Le remplacement doit s’inscrire dans la période d’affectation du remplaçant (${describePeriod({ from: replacing.validFrom, to: replacing.validTo })}).`,
      ),
    );
  return out;
}

export const round = (n: number) => Math.round(n * 1000) / 1000;

/** How an assignment is named in a spreadsheet cell: its post's code and its start date, « ASS-35-02 (01/01/2025) » (read back by the parser below). */
export const assignmentReference = (postCode: string, validFrom: IsoDate) => `${postCode} (${frDate(validFrom)})`;

const REFERENCE = /^\s*(.*?)\s*(?:\(\s*(?:(\d{4})-(\d{2})-(\d{2})|(\d{2})\/(\d{2})\/(\d{4}))\s*\))?\s*$/;

/**
 * The post code and, when given, the start date that a typed or pasted reference names (the date as 2025-01-01
 * or 01/01/2025). An impossible date (2025-02-30) is not a date: the whole text is then taken as a code.
 */
export function parseAssignmentReference(text: string): { postCode: string; validFrom?: IsoDate } {
  const [, postCode, y, m, d, d2, m2, y2] = REFERENCE.exec(text)!;
  const date = y ? `${y}-${m}-${d}` : y2 ? `${y2}-${m2}-${d2}` : undefined;
  if (!date) return { postCode };
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && addDays(date, 0) === date ? { postCode, validFrom: date } : { postCode: text.trim() };
}
