import type { EntityManager } from '@mikro-orm/postgresql';
import { CrudService, type PreparedRow, valueOf } from '../shared/crud.service';
import { validOn } from '../shared/dated';
import { violation, type Violation } from '../shared/errors';
import { addDays, type IsoDate, today } from '../shared/scalars';
import { Affectation } from './affectation.entity';
import { Agent } from './agent.entity';
import type { AgentInput } from './referential.types';
import { emailRule, mobilityPlanRule } from './referential.rules';
import { frDate } from '../shared/french';
import { AGENT_VERSIONS } from './versions';

type OpenAffectations = Map<string, Affectation>;
type Row = PreparedRow<Agent, AgentInput>;

/** The open (current) assignment of every updated agent, in one query. */
async function openAffectations(em: EntityManager, rows: Row[]): Promise<OpenAffectations> {
  const ids = rows.flatMap((r) => (r.existing ? [r.existing.id] : []));
  const open = ids.length ? await em.find(Affectation, { agent: { $in: ids }, validTo: null }) : [];
  return new Map(open.map((a) => [a.agent.id, a]));
}

const movesService = (row: Row) => !!row.existing && row.values.serviceId !== undefined && row.values.serviceId !== row.existing.service.id;

/**
 * A change of service takes effect after the start of the current assignment (the history stays a sequence); an
 * effective date without a change of service would be silently ignored, so it is refused.
 */
export function affectationDateRule(row: Row, open: Affectation | undefined, effective: IsoDate): Violation[] {
  if (!movesService(row)) {
    return row.values.affectationDate
      ? [
          violation(
            'affectationDate',
            'AFFECTATION_DATE_WITHOUT_MOVE',
            'La date d’effet ne s’applique qu’à un changement de service : indiquez aussi le nouveau service.',
          ),
        ]
      : [];
  }
  if (!open || effective > open.validFrom) return [];
  return [
    violation(
      'affectationDate',
      'AFFECTATION_DATE_TOO_EARLY',
      `La date d’effet de la nouvelle affectation (${frDate(effective)}) doit suivre le début de l’affectation en cours (${frDate(open.validFrom)}) : choisissez une date postérieure.`,
    ),
  ];
}

/** Keeps the assignment history in step with the agent: opened at creation, closed and reopened on a change of service. */
function recordAffectation(em: EntityManager, agent: Agent, row: Row, previous: Record<string, unknown>, open: OpenAffectations): void {
  if (!row.existing) {
    em.create(Affectation, { agent, service: agent.service, validFrom: agent.validFrom, validTo: agent.validTo });
    return;
  }
  const current = open.get(agent.id);
  if (row.values.serviceId !== undefined && previous.serviceId !== agent.service.id) {
    const effective = row.values.affectationDate ?? today();
    if (current) current.validTo = addDays(effective, -1);
    em.create(Affectation, { agent, service: agent.service, validFrom: effective, validTo: agent.validTo });
  } else if (current && row.values.validTo !== undefined) {
    current.validTo = agent.validTo; // the agent leaves: so does the assignment
  }
}

export const agents = new CrudService<Agent, AgentInput, OpenAffectations>({
  entity: Agent,
  label: 'Agent',
  fields: {
    registrationNumber: 'Matricule',
    firstName: 'Prénom',
    lastName: 'Nom',
    email: 'Courriel professionnel',
    grade: 'Grade',
    corps: 'Corps',
    category: 'Catégorie',
    status: 'Statut',
    population: 'Population',
    employingMinistryId: 'Ministère employeur',
    serviceId: 'Service d’affectation',
    validFrom: 'Date de prise de poste',
    validTo: 'Date de fin',
    affectationDate: 'Date d’effet de l’affectation',
    effectiveDate: 'Date d’effet',
    effectiveUntil: 'Jusqu’au',
  },
  versions: AGENT_VERSIONS,
  list: {
    sortable: ['registrationNumber', 'lastName', 'firstName', 'grade', 'validFrom'],
    dated: true,
    // With asOf, "agents of a service" means those assigned to it on that day, from the history.
    custom: { serviceId: (service: string, args) => (args.asOf ? { affectations: { service, ...validOn(args.asOf) } } : { service }) },
  },
  required: [
    'registrationNumber',
    'firstName',
    'lastName',
    'grade',
    'corps',
    'category',
    'status',
    'population',
    'employingMinistryId',
    'serviceId',
    'validFrom',
  ],
  unique: ['registrationNumber'],
  virtual: ['affectationDate'],
  prepare: openAffectations,
  check: (row, open) => [
    ...emailRule(row.values.email),
    ...mobilityPlanRule(valueOf(row, 'mobilityPlanDate') as string | null, valueOf(row, 'mobilityPlanKind') as string | null),
    ...affectationDateRule(row, row.existing && open.get(row.existing.id), row.values.affectationDate ?? today()),
  ],
  afterApply: (em, agent, row, previous, open) => recordAffectation(em, agent, row, previous, open),
});
