import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Affectation } from '../../api/src/referential/affectation.entity';
import { Agent } from '../../api/src/referential/agent.entity';
import { Department } from '../../api/src/referential/department.entity';
import { DesignatingAuthority, Population, ServiceKind } from '../../api/src/referential/enums';
import { Ministry } from '../../api/src/referential/ministry.entity';
import { ServiceHeadcount } from '../../api/src/referential/service-headcount.entity';
import { Service } from '../../api/src/referential/service.entity';
import { person } from '../demo/people';
import { random } from '../demo/random';

const KINDS: [ServiceKind, Population][] = [
  [ServiceKind.PREFECTURE, Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC],
  [ServiceKind.SOUS_PREFECTURE, Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC],
  [ServiceKind.POLICE, Population.POLICE_ACTIVE],
  [ServiceKind.DDI, Population.OTHER_ADMINISTRATION],
  [ServiceKind.GENDARMERIE_CIVIL, Population.GENDARMERIE_MILITARY],
  [ServiceKind.SGAMI, Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC],
];

/**
 * National scale for benchmarks: `services` services spread over the 101 departments and `agents` agents,
 * deterministic, inserted in batches without the unit of work (and so without audit rows: this is bench data).
 */
export async function seedNational(em: EntityManager, { services = 6000, agents = 300_000, seed = 7 } = {}): Promise<void> {
  const rng = random(seed);
  const now = new Date();
  const interior = await em.findOneOrFail(Ministry, { code: 'INTERIEUR' });
  const departments = await em.find(Department, {}, { orderBy: { code: 'asc' } });
  const tracked = { version: 1, createdAt: now, updatedAt: now };
  const serviceRows = Array.from({ length: services }, (_, i) => {
    const department = departments[i % departments.length];
    const [kind, population] = KINDS[i % KINDS.length];
    return {
      row: {
        ...tracked,
        id: randomUUID(),
        code: `N-${department.code}-${i}`,
        name: `${kind} ${i} — ${department.name}`,
        kind,
        department: department.id,
        designatingAuthority: DesignatingAuthority.PREFECT,
        ministry: interior.id,
        excludedFromNetwork: false,
        validFrom: '2015-01-01',
        validTo: null,
        parent: null,
        overseasCollectivity: null,
      },
      population,
    };
  });
  for (let i = 0; i < serviceRows.length; i += 2000)
    await em.insertMany(Service, serviceRows.slice(i, i + 2000).map((s) => s.row) as never[]);
  await em.insertMany(
    ServiceHeadcount,
    serviceRows.map((s) => ({
      ...tracked,
      id: randomUUID(),
      service: s.row.id,
      population: s.population,
      count: Math.round(agents / services),
      validFrom: '2015-01-01',
      validTo: null,
    })) as never[],
  );
  const batch = 5000;
  for (let start = 0; start < agents; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(agents, start + batch); i++) {
      const s = serviceRows[rng.int(0, serviceRows.length - 1)];
      rows.push({
        ...tracked,
        ...person(rng, 5_000_000 + i, s.population),
        id: randomUUID(),
        employingMinistry: interior.id,
        service: s.row.id,
        active: true,
        validFrom: `20${rng.int(10, 25)}-0${rng.int(1, 9)}-01`,
        validTo: null,
        mobilityPlanDate: null,
        mobilityPlanKind: null,
      });
    }
    await em.insertMany(Agent, rows as never[]);
    await em.insertMany(
      Affectation,
      rows.map((a) => ({
        ...tracked,
        id: randomUUID(),
        agent: a.id,
        service: a.service,
        validFrom: a.validFrom,
        validTo: null,
      })) as never[],
    );
  }
}
