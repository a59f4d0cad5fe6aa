import type { EntityManager } from '@mikro-orm/postgresql';
import { Affectation } from '../../api/src/referential/affectation.entity';
import { Agent } from '../../api/src/referential/agent.entity';
import { Department } from '../../api/src/referential/department.entity';
import { DesignatingAuthority, Population, ServiceKind } from '../../api/src/referential/enums';
import { Ministry } from '../../api/src/referential/ministry.entity';
import { ServiceHeadcount } from '../../api/src/referential/service-headcount.entity';
import { ServiceSite } from '../../api/src/referential/service-site.entity';
import { Service } from '../../api/src/referential/service.entity';
import { seedAccessGrants } from './access-grants';
import { seedDirectory } from './directory';
import { seedNetwork } from './network';
import { seedNetworkReports } from './network-reports';
import { seedPartnerCase } from './partner';
import { person } from './people';
import { random, type Random } from './random';
import { seedCorrespondents } from './seed-correspondents';

/** Departments of the demo: Paris (with the Préfecture de police), Corsica, an overseas one, and a spread of others. */
export const DEMO_DEPARTMENTS = ['75', '92', '93', '13', '69', '59', '33', '35', '67', '2A', '971', '974'];
const SINCE = '2015-01-01';

interface Unit {
  code: string;
  name: string;
  kind: ServiceKind;
  authority: DesignatingAuthority;
  population: Population;
  agents: number;
  excluded?: boolean;
  children?: Unit[];
}

function central(): Unit[] {
  const a = DesignatingAuthority;
  const p = Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC;
  return [
    {
      code: 'AC-SG',
      name: 'Secrétariat général',
      kind: ServiceKind.ADMINISTRATION_CENTRALE,
      authority: a.SECRETARY_GENERAL,
      population: p,
      agents: 12,
      children: [
        {
          code: 'AC-DRH',
          name: 'Direction des ressources humaines',
          kind: ServiceKind.ADMINISTRATION_CENTRALE,
          authority: a.SECRETARY_GENERAL,
          population: p,
          agents: 20,
          children: [
            {
              code: 'AC-SDASAP',
              name: 'Sous-direction de l’action sociale et de l’accompagnement du personnel',
              kind: ServiceKind.ADMINISTRATION_CENTRALE,
              authority: a.SECRETARY_GENERAL,
              population: p,
              agents: 15,
            },
          ],
        },
        {
          code: 'AC-DSIC',
          name: 'Direction du numérique',
          kind: ServiceKind.ADMINISTRATION_CENTRALE,
          authority: a.SECRETARY_GENERAL,
          population: p,
          agents: 18,
        },
      ],
    },
    {
      code: 'AC-DGPN',
      name: 'Direction générale de la police nationale',
      kind: ServiceKind.POLICE,
      authority: a.POLICE,
      population: Population.POLICE_ACTIVE,
      agents: 20,
      children: [
        {
          code: 'AC-DRHFSPN',
          name: 'Direction des ressources humaines, des finances et des soutiens de la police nationale',
          kind: ServiceKind.POLICE,
          authority: a.POLICE,
          population: p,
          agents: 16,
        },
      ],
    },
    {
      code: 'AC-DGGN',
      name: 'Direction générale de la gendarmerie nationale',
      kind: ServiceKind.GENDARMERIE_CIVIL,
      authority: a.GENDARMERIE,
      population: Population.GENDARMERIE_CIVIL,
      agents: 14,
    },
  ];
}

function deconcentrated(department: Department, rng: Random): Unit[] {
  const c = department.code;
  const p = DesignatingAuthority.PREFECT;
  const units: Unit[] = [
    {
      code: `PREF-${c}`,
      name: `Préfecture — ${department.name}`,
      kind: ServiceKind.PREFECTURE,
      authority: p,
      population: Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC,
      agents: rng.int(20, 35),
      children: [
        {
          code: `SP-${c}-1`,
          name: `Sous-préfecture d’arrondissement (1) — ${department.name}`,
          kind: ServiceKind.SOUS_PREFECTURE,
          authority: p,
          population: Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC,
          agents: rng.int(5, 12),
        },
        {
          code: `SP-${c}-2`,
          name: `Sous-préfecture d’arrondissement (2) — ${department.name}`,
          kind: ServiceKind.SOUS_PREFECTURE,
          authority: p,
          population: Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC,
          agents: rng.int(5, 12),
        },
      ],
    },
    {
      code: `DIPN-${c}`,
      name: `Direction interdépartementale de la police nationale — ${department.name}`,
      kind: ServiceKind.POLICE,
      authority: p,
      population: Population.POLICE_ACTIVE,
      agents: rng.int(25, 45),
    },
    {
      code: `DDT-${c}`,
      name: `Direction départementale des territoires — ${department.name}`,
      kind: ServiceKind.DDI,
      authority: p,
      population: Population.OTHER_ADMINISTRATION,
      agents: rng.int(10, 20),
    },
    {
      code: `GGD-${c}`,
      name: `Groupement de gendarmerie départementale — ${department.name}`,
      kind: ServiceKind.GENDARMERIE_CIVIL,
      authority: p,
      population: Population.GENDARMERIE_MILITARY,
      agents: rng.int(8, 15),
    },
  ];
  if (c === '75') {
    units.push({
      code: 'PP-75',
      name: 'Préfecture de police',
      kind: ServiceKind.POLICE,
      authority: p,
      population: Population.POLICE_ACTIVE,
      agents: 30,
      excluded: true,
    });
  }
  return units;
}

/** The demo data set: a central administration tree and the services and agents of a dozen departments. Deterministic. */
export async function seedDemo(em: EntityManager, seed = 20260212): Promise<void> {
  const rng = random(seed);
  const interior = await em.findOneOrFail(Ministry, { code: 'INTERIEUR' });
  const agriculture = await em.findOneOrFail(Ministry, { code: 'AGRICULTURE' });
  let index = 0;
  const place = (unit: Unit, parent: Service | null, department: Department | null) => {
    const service = em.create(Service, {
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      parent,
      department,
      designatingAuthority: unit.authority,
      ministry: interior,
      excludedFromNetwork: unit.excluded ?? false,
      validFrom: SINCE,
    });
    const city = department ? department.name : 'Paris';
    em.create(ServiceSite, {
      service,
      label: 'Site principal',
      address: `${rng.int(1, 120)} rue de la République`,
      postalCode: department ? `${department.code.replace('2A', '20')}000`.slice(0, 5) : '75008',
      city,
    });
    const counts = new Map<Population, number>();
    for (let i = 0; i < unit.agents; i++) {
      const population =
        unit.population === Population.GENDARMERIE_MILITARY && rng.next() < 0.25 ? Population.GENDARMERIE_CIVIL : unit.population;
      counts.set(population, (counts.get(population) ?? 0) + 1);
      const employingMinistry = population === Population.OTHER_ADMINISTRATION ? agriculture : interior;
      const validFrom = `20${rng.int(10, 25)}-0${rng.int(1, 9)}-01`;
      const agent = em.create(Agent, { ...person(rng, ++index, population), employingMinistry, service, validFrom });
      em.create(Affectation, { agent, service, validFrom });
    }
    for (const [population, count] of counts) em.create(ServiceHeadcount, { service, population, count, validFrom: SINCE });
    for (const child of unit.children ?? []) place(child, service, department);
  };
  for (const unit of central()) place(unit, null, null);
  const departments = await em.find(Department, { code: { $in: DEMO_DEPARTMENTS } }, { orderBy: { code: 'asc' } });
  for (const department of departments) for (const unit of deconcentrated(department, rng)) place(unit, null, department);
  seedDirectory(em, departments);
  await em.flush();
  await seedNetwork(em, rng);
  await seedCorrespondents(em);
  await seedNetworkReports(em);
  await seedPartnerCase(em);
  await seedAccessGrants(em);
}
