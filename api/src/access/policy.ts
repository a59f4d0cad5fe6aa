import { Role } from './roles';

/**
 * The access policy in one place (DOMAIN.md §1). Every rule below is enforced under the resolvers:
 * reads by a MikroORM filter (scope.ts), writes by a flush subscriber (access.subscriber.ts), fields by one
 * GraphQL middleware (field-guard.ts).
 */

/**
 * How a record reaches the territory that scopes it: the path to a service, or to a department
 * ('' = the record itself is the service). For a partner ministry, `convention` is the path to the convention that
 * shows it the record, and `population` the field its conventions' populations restrict. Records not listed
 * (regions, departments, ministries…) are reference data that every role reads.
 */
export type ScopePath = ({ service: string } | { department: string }) & {
  convention?: string;
  population?: string;
  /** Rows with no department are national: every territorial role reads them (and only national roles change them). */
  nationalWhenEmpty?: boolean;
};

export const SCOPED: Record<string, ScopePath> = {
  Service: { service: '' },
  ServiceSite: { service: 'service' },
  ServiceHeadcount: { service: 'service' },
  Agent: { service: 'service', population: 'population' },
  Affectation: { service: 'service' },
  // Dated versions (shared/versions/): those of the records the caller reaches.
  ServiceVersion: { service: 'service' },
  AgentVersion: { service: 'agent.service' },
  PostVersion: { service: 'post.residence' },
  SocialWorkerPost: { service: 'residence' },
  PostSector: { service: 'post.residence' },
  PostAssignment: { service: 'post.residence' },
  Replacement: { service: 'post.residence' },
  NetworkReport: { service: 'post.residence' },
  Convention: { service: 'post.residence', convention: '' },
  ConventionScope: { service: 'convention.post.residence', convention: 'convention' },
  ConventionVersion: { service: 'convention.post.residence', convention: 'convention' },
  TimeAllocation: { service: 'assignment.post.residence', convention: 'convention' },
  // Commissions and correspondents: by the department of the commission, of the map, of the meeting or report.
  Commission: { department: 'department' },
  CommissionMember: { department: 'commission.department' },
  CommissionSession: { department: 'commission.department' },
  Opinion: { department: 'session.commission.department' },
  SessionAttendance: { department: 'session.commission.department' },
  ImplantationMap: { department: 'department' },
  ImplantationMapEntry: { department: 'map.department' },
  CandidateCall: { department: 'map.department' },
  Candidacy: { department: 'call.map.department' },
  Appointment: { department: 'map.department' },
  MissionLetter: { department: 'appointment.map.department' },
  FieldReport: { department: 'appointment.map.department' },
  InformationMeeting: { department: 'department' },
  InformationMeetingAttendance: { department: 'meeting.department' },
  AnnualReport: { department: 'department' },
  Consultation: { department: 'commission.department' },
  Training: { service: 'agent.service' },
  SupportProfessional: { department: 'department', nationalWhenEmpty: true },
};

/** The path from a record to the id of its department (`['service', 'department']`), for the write-side checks. */
export const departmentPath = (path: ScopePath): string[] =>
  'department' in path ? path.department.split('.') : [...(path.service ? path.service.split('.') : []), 'department'];

const prefixed = (property: string, path: string) => (path ? `${property}.${path}` : property);

/**
 * Whether a caller who reads a `source` row may be unable to read the `target` row its reference `property` points
 * to (e.g. a partner reads a time allocation through its convention, but not the post assignment it comes from).
 * Such a reference is withheld — it reads null, with a French reason in the response — so its GraphQL field must be
 * nullable (policy.test.ts checks every reference of the schema against this rule).
 */
export function referenceMayBeHidden(source: string, property: string, target: string): boolean {
  const to = SCOPED[target];
  if (!to) return false; // reference data: every role reads it
  const from = SCOPED[source];
  if (!from) return true;
  // Territorial roles: the target's department must be reached from the source through the same path.
  if (
    departmentPath(from).join('.') !== [property, ...departmentPath(to)].join('.') ||
    (to.nationalWhenEmpty ?? false) !== (from.nationalWhenEmpty ?? false)
  )
    return true;
  // Partner ministries: a target shown through a convention must be shown through the source's same convention;
  // one shown by its services (and populations), through the same ones; records of a department, by none.
  if (to.convention !== undefined) return from.convention !== prefixed(property, to.convention);
  if ('department' in to) return !('department' in from) || from.convention !== undefined;
  if (from.convention !== undefined || !('service' in from) || !('service' in to)) return true;
  if (from.service !== prefixed(property, to.service)) return true;
  return to.population !== undefined && from.population !== prefixed(property, to.population);
}

const CORRESPONDENTS_RECORDS = [
  'Commission',
  'CommissionMember',
  'CommissionSession',
  'Opinion',
  'SessionAttendance',
  'ImplantationMap',
  'ImplantationMapEntry',
  'CandidateCall',
  'Candidacy',
  'Appointment',
  'MissionLetter',
  'FieldReport',
  'InformationMeeting',
  'InformationMeetingAttendance',
  'AnnualReport',
  'Training',
  'SupportProfessional',
  'Consultation',
];

/** Entities each role may create, change or delete (within its scope). */
export const WRITABLE: Record<Role, '*' | string[]> = {
  [Role.NATIONAL_ADMIN]: '*',
  // The prefecture receives its ASS's yearly reports and puts them before the CHSCT (F3SCT) [004 §II.3].
  [Role.DEPARTMENTAL_ADMIN]: [
    'Service',
    'ServiceSite',
    'ServiceHeadcount',
    'Agent',
    'Affectation',
    'ServiceVersion',
    'AgentVersion',
    ...CORRESPONDENTS_RECORDS,
    'NetworkReport',
  ],
  // A CTR organises the ASS of its region — sectors, services served, time allocations, continuity — but
  // creates no post and assigns no agent (the DRH does) [004 §II.2–3].
  [Role.REGIONAL_CTR]: [
    'PostSector',
    'Replacement',
    'Convention',
    'ConventionVersion',
    'ConventionScope',
    'TimeAllocation',
    'NetworkReport',
  ],
  [Role.ANALYST]: [],
  [Role.PARTNER_MINISTRY]: [],
};

/** Types only some roles read (the others are refused, not shown an empty list): who has access to the registry. */
export const READERS: Record<string, Role[]> = {
  AccessGrant: [Role.NATIONAL_ADMIN],
  // A synthesis of every department under a national title: for those who see every department [001 §2.7].
  NationalSynthesisReport: [Role.NATIONAL_ADMIN, Role.ANALYST],
};

/** Written by the system itself, whoever the caller is. */
export const SYSTEM_ENTITIES = new Set(['AuditEntry', 'PersonalDataAccess', 'StatusChange']);

/** Personal fields: each read is logged (who read which fields of whom). */
export const PERSONAL_FIELDS: Record<string, string[]> = {
  Agent: ['registrationNumber', 'firstName', 'lastName', 'email', 'phone', 'mobilityPlanDate', 'mobilityPlanKind'],
};

/** Fields withheld from some roles (data minimisation): they read null and may not filter or sort on them. */
export const RESTRICTED_FIELDS: Record<string, Record<string, Role[]>> = {
  Agent: {
    email: [Role.ANALYST],
    phone: [Role.ANALYST],
    mobilityPlanDate: [Role.ANALYST, Role.PARTNER_MINISTRY],
    mobilityPlanKind: [Role.ANALYST, Role.PARTNER_MINISTRY],
  },
  Candidacy: {
    mobilityPlanDateAtFiling: [Role.ANALYST, Role.PARTNER_MINISTRY],
    mobilityPlanKindAtFiling: [Role.ANALYST, Role.PARTNER_MINISTRY],
  },
  Appointment: { mobilityAcknowledgedReason: [Role.ANALYST, Role.PARTNER_MINISTRY] },
};

/** Roles that may read the audit trail of a record they can see. */
export const AUDIT_READERS = [Role.NATIONAL_ADMIN, Role.DEPARTMENTAL_ADMIN, Role.REGIONAL_CTR];

export const canWrite = (role: Role, entityName: string) => {
  const allowed = WRITABLE[role];
  return allowed === '*' || allowed.includes(entityName);
};

export const canRead = (role: Role, entityName: string) => READERS[entityName]?.includes(role) ?? true;

/**
 * Whether a partner ministry may see records scoped by `path`: through one of its conventions, or through the
 * services (and populations) they cover; never a record scoped by a department (commissions, correspondents) [004 §I].
 */
export const partnerReaches = (path: ScopePath) => path.convention !== undefined || !('department' in path);

/**
 * Types of which a role never reads a record: refused to it (`READERS`, the audit trail's `AUDIT_READERS`), or out of a
 * partner ministry's reach. The back office leaves their screens out (an empty list, or a refusal, says nothing).
 */
export const hiddenTypes = (role: Role): string[] =>
  [
    ...Object.keys(READERS).filter((type) => !canRead(role, type)),
    ...(AUDIT_READERS.includes(role) ? [] : ['AuditEntry']),
    ...(role === Role.PARTNER_MINISTRY ? Object.keys(SCOPED).filter((type) => !partnerReaches(SCOPED[type])) : []),
  ].sort();

export const isRestricted = (role: Role, typeName: string, field: string) => RESTRICTED_FIELDS[typeName]?.[field]?.includes(role) ?? false;

/**
 * The fields a role reads as null (`RESTRICTED_FIELDS`), as `Type.field`: the back office leaves out what reads them
 * (the alert on mobility plans declared after filing, for an analyst), rather than ask and be refused.
 */
export const withheldFields = (role: Role): string[] =>
  Object.entries(RESTRICTED_FIELDS)
    .flatMap(([type, fields]) =>
      Object.entries(fields)
        .filter(([, roles]) => roles.includes(role))
        .map(([field]) => `${type}.${field}`),
    )
    .sort();
