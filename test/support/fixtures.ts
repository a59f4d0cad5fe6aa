import type { EntityManager } from '@mikro-orm/postgresql';
import { Affectation } from '../../api/src/referential/affectation.entity';
import { Agent } from '../../api/src/referential/agent.entity';
import { Department } from '../../api/src/referential/department.entity';
import { AgentCategory, AgentStatus, DesignatingAuthority, Population, ServiceKind } from '../../api/src/referential/enums';
import { Ministry } from '../../api/src/referential/ministry.entity';
import { Service } from '../../api/src/referential/service.entity';

export const interior = (em: EntityManager) => em.findOneOrFail(Ministry, { code: 'INTERIEUR' });
export const department = (em: EntityManager, code: string) => em.findOneOrFail(Department, { code });

let sequence = 0;

/** A deconcentrated service with `agents` agents, written directly (fixtures are not what is under test). */
export async function serviceWithAgents(em: EntityManager, departmentCode: string, agents: number, validFrom = '2020-01-01') {
  const ministry = await interior(em);
  const service = em.create(Service, {
    code: `T-${departmentCode}-${++sequence}`,
    name: `Service de test ${sequence}`,
    kind: ServiceKind.PREFECTURE,
    department: await department(em, departmentCode),
    designatingAuthority: DesignatingAuthority.PREFECT,
    ministry,
    validFrom,
  });
  for (let i = 0; i < agents; i++) {
    const agent = attache(em, service, {
      registrationNumber: `T${sequence}-${i}`,
      lastName: `Agent ${i}`,
      employingMinistry: ministry,
      validFrom,
    });
    em.create(Affectation, { agent, service, validFrom });
  }
  await em.flush();
  return service;
}

/**
 * An agent of `service` (not flushed): a category A attaché of the ministry's administrative population, « Camille »
 * unless named otherwise, valid since 2020 unless `validFrom` says otherwise.
 */
export function attache(
  em: EntityManager,
  service: Service,
  agent: {
    registrationNumber: string;
    lastName: string;
    firstName?: string;
    id?: string;
    employingMinistry?: Ministry;
    validFrom?: string;
  },
): Agent {
  return em.create(Agent, {
    firstName: 'Camille',
    grade: 'Attaché',
    corps: 'Attachés d’administration de l’État',
    category: AgentCategory.A,
    status: AgentStatus.TITULAIRE,
    population: Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC,
    employingMinistry: agent.employingMinistry ?? service.ministry,
    service,
    validFrom: '2020-01-01',
    ...agent,
  });
}
