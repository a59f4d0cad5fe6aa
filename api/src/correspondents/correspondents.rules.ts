import { OPINION_LABELS, OpinionValue } from '../commissions/enums';
import { DesignatingAuthority } from '../referential/enums';
import { isValidOn } from '../shared/dated';
import { violation, type Violation } from '../shared/errors';
import { describePeriod } from '../shared/periods';
import { addDays, addMonths, type IsoDate } from '../shared/scalars';
import { MeetingWindow, TimeCreditUnit } from './enums';
import { frDate, frNumber } from '../shared/french';

/** A prefect's map covers a department; a central map, the perimeter of its authority [001 art. 3]. */
export function mapPerimeterRule(authority: DesignatingAuthority | undefined, departmentId: string | null | undefined): Violation[] {
  if (!authority) return [];
  if (authority === DesignatingAuthority.PREFECT && !departmentId) {
    return [
      violation(
        'departmentId',
        'IMPLANTATION_MAP_PERIMETER',
        'La carte d’un préfet porte sur un département : indiquez-le [arrêté du 12 février 2026, art. 3].',
      ),
    ];
  }
  if (authority !== DesignatingAuthority.PREFECT && departmentId) {
    return [
      violation(
        'departmentId',
        'IMPLANTATION_MAP_PERIMETER',
        'Une carte de l’administration centrale ne porte pas sur un département [arrêté du 12 février 2026, art. 3].',
      ),
    ];
  }
  return [];
}

/** Entries are added and changed only while the revision is a draft: what the commission saw is what is adopted. */
export function mapEditableRule(status: string | undefined, field = 'mapId'): Violation[] {
  if (status === undefined || status === 'DRAFT') return [];
  return [
    violation(
      field,
      'IMPLANTATION_MAP_NOT_EDITABLE',
      'Cette révision de la carte d’implantation n’est plus un brouillon : elle ne peut plus être modifiée ; créez une révision.',
    ),
  ];
}

/** Each service on the map needs at least one correspondent [001 §2.1]. */
export function requiredCountRule(count: number | undefined): Violation[] {
  return count !== undefined && (!Number.isInteger(count) || count < 1)
    ? [
        violation(
          'requiredCount',
          'IMPLANTATION_MAP_ENTRY_REQUIRED_COUNT',
          `Un service de la carte nécessite au moins un correspondant (nombre saisi : ${count}) [circulaire du 12 février 2026, §2.1].`,
        ),
      ]
    : [];
}

/** A map lists services of its own perimeter: the department's for a prefect, its central services for the others. */
export function entryPerimeterRule(
  map: { authority: DesignatingAuthority; departmentId: string | null },
  service: { name: string; authority: DesignatingAuthority; departmentId: string | null },
): Violation[] {
  const inside =
    map.authority === DesignatingAuthority.PREFECT
      ? service.departmentId === map.departmentId
      : !service.departmentId && service.authority === map.authority;
  return inside
    ? []
    : [
        violation(
          'serviceId',
          'IMPLANTATION_MAP_SERVICE_OUTSIDE_PERIMETER',
          `Le service « ${service.name} » ne relève pas du périmètre de cette carte [arrêté du 12 février 2026, art. 3].`,
        ),
      ];
}

export function dateOrderRule(
  field: string,
  first: IsoDate | null | undefined,
  then: IsoDate | null | undefined,
  message: string,
): Violation[] {
  return first && then && then < first ? [violation(field, 'DATE_ORDER', message)] : [];
}

/** A non-binding opinion may be departed from, with a recorded reason [001 art. 3–4, §2.2]. */
export function departureRule(
  opinion: OpinionValue | null | undefined,
  decision: 'FOR' | 'AGAINST',
  reason: string | null | undefined,
  field: string,
): Violation[] {
  const departs =
    (decision === 'FOR' && opinion === OpinionValue.UNFAVORABLE) || (decision === 'AGAINST' && opinion === OpinionValue.FAVORABLE);
  if (!departs || reason?.trim()) return [];
  return [
    violation(
      field,
      'DECISION_REASON_REQUIRED',
      `La décision s’écarte de l’avis ${OPINION_LABELS[opinion!]} de la commission : indiquez-en le motif.`,
    ),
  ];
}

export function requiredTextRule(field: string, value: string | null | undefined, message: string): Violation[] {
  return value?.trim() ? [] : [violation(field, 'REQUIRED', message)];
}

/** (design) Bounds of a time credit per unit: above them the mission would no longer fit alongside the agent's other duties [001 §2.5]. */
export const TIME_CREDIT_MAX: Record<TimeCreditUnit, number> = {
  [TimeCreditUnit.HOURS_PER_WEEK]: 17.5,
  [TimeCreditUnit.HOURS_PER_MONTH]: 75,
  [TimeCreditUnit.FRACTION_OF_WORKING_TIME]: 0.5,
};
const UNIT_LABELS: Record<TimeCreditUnit, string> = {
  [TimeCreditUnit.HOURS_PER_WEEK]: 'heures par semaine',
  [TimeCreditUnit.HOURS_PER_MONTH]: 'heures par mois',
  [TimeCreditUnit.FRACTION_OF_WORKING_TIME]: 'du temps de travail',
};
export const timeCreditText = (amount: number, unit: TimeCreditUnit) =>
  unit === TimeCreditUnit.FRACTION_OF_WORKING_TIME
    ? `${frNumber(Math.round(amount * 1000) / 10)} % du temps de travail`
    : `${frNumber(amount)} ${UNIT_LABELS[unit]}`;

export interface LetterFacts {
  timeCreditAmount: number | null;
  timeCreditUnit: TimeCreditUnit | null;
  historical: boolean;
  historicalTimeCredit: string | null;
  annualInterviewMention: boolean;
  /** The appointment's regime requires a precise time credit (2026). */
  preciseTimeCredit: boolean;
}

/**
 * The time credit is precise: a number with a unit, within bounds; « temps suffisant » or « en fonction des nécessités
 * du service » cannot be written [000]. Vague 2007 letters are kept only as flagged historical records.
 */
export function missionLetterRules(f: LetterFacts): Violation[] {
  const out: Violation[] = [];
  if (f.historical && f.preciseTimeCredit) {
    out.push(
      violation(
        'historical',
        'MISSION_LETTER_HISTORICAL_NOT_ALLOWED',
        'Seules les lettres de mission du régime 2007 peuvent être enregistrées comme archives historiques à crédit de temps imprécis.',
      ),
    );
  }
  if (!f.historical && f.historicalTimeCredit) {
    out.push(
      violation(
        'historicalTimeCredit',
        'MISSION_LETTER_VAGUE_TIME_CREDIT',
        'Le crédit de temps se saisit en nombre et en unité ; une formulation libre (« temps suffisant », « en fonction des nécessités du service ») est exclue [fiche d’emploi du 12 février 2026].',
      ),
    );
  }
  const hasCredit = f.timeCreditAmount !== null && f.timeCreditUnit !== null;
  if (!hasCredit && !(f.historical && f.historicalTimeCredit)) {
    const field = f.timeCreditAmount === null ? 'timeCreditAmount' : 'timeCreditUnit';
    out.push(
      violation(
        field,
        'MISSION_LETTER_TIME_CREDIT_REQUIRED',
        'Le crédit de temps dédié à la mission est obligatoire : un nombre et une unité (heures par semaine, heures par mois ou fraction du temps de travail) [lettre de mission, 2026].',
      ),
    );
  }
  if (hasCredit) {
    const max = TIME_CREDIT_MAX[f.timeCreditUnit!];
    if (!(f.timeCreditAmount! > 0) || f.timeCreditAmount! > max) {
      out.push(
        violation(
          'timeCreditAmount',
          'MISSION_LETTER_TIME_CREDIT_RANGE',
          `Crédit de temps hors bornes : ${frNumber(f.timeCreditAmount!)} ; attendu plus de 0 et au plus ${timeCreditText(max, f.timeCreditUnit!)}.`,
        ),
      );
    }
  }
  if (!f.historical && !f.annualInterviewMention) {
    out.push(
      violation(
        'annualInterviewMention',
        'MISSION_LETTER_INTERVIEW_MENTION',
        'La mission est mentionnée dans l’entretien professionnel annuel [circulaire du 12 février 2026, §2.7].',
      ),
    );
  }
  return out;
}

/** A letter is edited only before its first signature: the signatories sign what is recorded. */
export function letterEditableRule(status: string | undefined): Violation[] {
  return status === undefined || status === 'DRAFT'
    ? []
    : [
        violation(
          'id',
          'MISSION_LETTER_NOT_EDITABLE',
          'Cette lettre de mission est signée ou en cours de signature : elle ne peut plus être modifiée ; créez une révision.',
        ),
      ];
}

const PERSONAL_DATA: [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+\.[\w.]+/, 'une adresse électronique'],
  [/(?:\+33|\b0)[1-9](?:[ .-]?\d{2}){4}\b/, 'un numéro de téléphone'],
  [/\b[12]\s?\d{2}\s?\d{2}\s?\d{2}\s?\d{3}\s?\d{3}(?:\s?\d{2})?\b/, 'un numéro de sécurité sociale'],
  [/\bM\d{7}\b/, 'un matricule'],
  [/\bnée?s?\s+le\s+\d/i, 'une date de naissance'],
  // A civility followed by a capitalised word names someone (« Mme Martin »), not « Madame la préfète ».
  [/(?:\bM\.|\b(?:Mme|Mlle|Monsieur|Madame))\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+/, 'le nom d’une personne'],
];

/** Field reports carry needs and expectations, never personal case data (DOMAIN.md §7). */
export function personalDataRule(field: string, text: string | null | undefined): Violation[] {
  if (!text) return [];
  const found = PERSONAL_DATA.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
  return found.length
    ? [
        violation(
          field,
          'FIELD_REPORT_PERSONAL_DATA',
          `Le texte semble contenir des données personnelles (${found.join(', ')}) : les remontées de terrain n’en contiennent aucune.`,
        ),
      ]
    : [];
}

/** The commission consulted is the CLAS of the map's perimeter: its department's, or the central one of its authority [001 art. 3–4]. */
export function competentCommissionRule(
  commission: { kind: string; name: string; departmentId: string | null; authority: string | null },
  perimeter: { authority: string; departmentId: string | null },
): Violation[] {
  const competent =
    commission.kind === 'CLAS' &&
    (perimeter.departmentId
      ? commission.departmentId === perimeter.departmentId
      : !commission.departmentId && commission.authority === perimeter.authority);
  return competent
    ? []
    : [
        violation(
          'sessionId',
          'COMMISSION_NOT_COMPETENT',
          `La commission « ${commission.name} » n’est pas la commission locale d’action sociale compétente pour ce périmètre [arrêté du 12 février 2026, art. 3 et 4].`,
        ),
      ];
}

/** Unfavourable and reserved opinions state their reasons. */
export function opinionReasonsRule(value: OpinionValue, reasons: string | null | undefined): Violation[] {
  return value !== OpinionValue.FAVORABLE && !reasons?.trim()
    ? [violation('reasons', 'OPINION_REASONS_REQUIRED', `Un avis ${OPINION_LABELS[value]} est motivé : indiquez ses motifs.`)]
    : [];
}

/** An appointment runs from its start to its end, both inclusive. */
export const runningOn = (appointment: { startDate: IsoDate; endDate: IsoDate | null }, date: IsoDate) =>
  isValidOn({ validFrom: appointment.startDate, validTo: appointment.endDate }, date);

/** Information meetings are for the correspondents [001 §2.5]: the attendee holds an appointment on the meeting date. */
export function meetingAttendeeRule(correspondent: boolean, date: IsoDate): Violation[] {
  return correspondent
    ? []
    : [
        violation(
          'agentId',
          'INFORMATION_MEETING_NOT_CORRESPONDENT',
          `Cet agent n’est pas correspondant de l’action sociale à la date de la réunion (${frDate(date)}).`,
        ),
      ];
}

/** A field report is what a correspondent passes on while in office: dated within the appointment [000, 001 §3]. */
export function fieldReportDateRule(date: IsoDate, appointment: { startDate: IsoDate; endDate: IsoDate | null }): Violation[] {
  if (runningOn(appointment, date)) return [];
  const period = describePeriod({ from: appointment.startDate, to: appointment.endDate });
  return [
    violation(
      'date',
      'FIELD_REPORT_OUTSIDE_APPOINTMENT',
      `La remontée est datée du ${frDate(date)}, hors de la période de nomination du correspondant (${period}) : corrigez la date ou le correspondant.`,
    ),
  ];
}

/**
 * The stretch of time in which an information meeting must have been held, as of a date [001 §2.5 « au moins une fois
 * par an »]: the 12 months up to the date, or the previous calendar year (design, configurable).
 */
export function meetingWindow(asOf: IsoDate, window: MeetingWindow): { from: IsoDate; to: IsoDate } {
  if (window === MeetingWindow.PREVIOUS_CALENDAR_YEAR) {
    const year = Number(asOf.slice(0, 4)) - 1;
    return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
  return { from: addDays(addMonths(asOf, -12), 1), to: asOf };
}

/** A meeting is departmental, or central (no department) for one central perimeter or for all of them. */
export function meetingPerimeterRule(
  departmentId: string | null | undefined,
  authority: DesignatingAuthority | null | undefined,
): Violation[] {
  if (authority === DesignatingAuthority.PREFECT)
    return [
      violation(
        'authority',
        'INFORMATION_MEETING_PERIMETER',
        'Une réunion départementale indique son département ; le périmètre « préfet » n’est pas un périmètre central.',
      ),
    ];
  if (departmentId && authority)
    return [
      violation(
        'authority',
        'INFORMATION_MEETING_PERIMETER',
        'Une réunion d’un département ne porte pas sur un périmètre de l’administration centrale.',
      ),
    ];
  return [];
}
