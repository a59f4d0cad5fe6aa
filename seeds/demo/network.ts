import type { EntityManager } from '@mikro-orm/postgresql';
import { Convention } from '../../api/src/conventions/convention.entity';
import { ConventionScope } from '../../api/src/conventions/convention-scope.entity';
import { AllocationTarget, ConventionBasis, ConventionKind, ServiceDirection } from '../../api/src/conventions/enums';
import { TimeAllocation } from '../../api/src/conventions/time-allocation.entity';
import { PostKind, ReplacementReason } from '../../api/src/network/enums';
import { PostAssignment } from '../../api/src/network/post-assignment.entity';
import { PostSector } from '../../api/src/network/post-sector.entity';
import { Replacement } from '../../api/src/network/replacement.entity';
import { SocialWorkerPost } from '../../api/src/network/social-worker-post.entity';
import { Affectation } from '../../api/src/referential/affectation.entity';
import { Agent } from '../../api/src/referential/agent.entity';
import { Department } from '../../api/src/referential/department.entity';
import { AgentCategory, AgentStatus, Population } from '../../api/src/referential/enums';
import { Ministry } from '../../api/src/referential/ministry.entity';
import { Region } from '../../api/src/referential/region.entity';
import { Service } from '../../api/src/referential/service.entity';
import type { Random } from './random';

const SINCE = '2020-01-01';
const CONVENTIONS_FROM = '2021-01-01';
const FIRST = ['Anne', 'Sylvie', 'Marion', 'Céline', 'Hélène', 'Karine', 'Nadia', 'Isabelle', 'Sandrine', 'Olivier', 'Patricia', 'Agnès'];
const LAST = ['Lemoine', 'Marchand', 'Perrin', 'Faure', 'Rolland', 'Colin', 'Aubert', 'Barbier', 'Gauthier', 'Renaud', 'Meunier', 'Brun'];
const CAREER: Record<'A' | 'B', { corps: string; grade: string; category: AgentCategory }> = {
  A: {
    corps: 'Conseillers techniques de service social des administrations de l’État',
    grade: 'Conseiller technique de service social',
    category: AgentCategory.A,
  },
  // The State's ASS are an interministerial corps in category A since 2019-02-01 (décret n° 2017-1050): the demo's holders start in 2020.
  B: {
    corps: 'Assistants de service social des administrations de l’État',
    grade: 'Assistant de service social',
    category: AgentCategory.A,
  },
};

/**
 * The social service network of the demo [004]: CTN, CT_CENTRAL, a CTR per metropolitan region (PACA's also in charge of
 * Corsica, by a dated DRH decision), ASS posts in every department (two sectors in Paris, one vacant post covered by a
 * replacement, part-time holders, a change of holder), their conventions of each kind and time allocations. Deterministic.
 */
export async function seedNetwork(em: EntityManager, rng: Random): Promise<void> {
  const ministries = new Map((await em.find(Ministry, {})).map((m) => [m.code, m]));
  const interior = ministries.get('INTERIEUR')!;
  const services = new Map((await em.find(Service, {})).map((s) => [s.code, s]));
  const departmentIds = [...new Set([...services.values()].flatMap((s) => (s.department ? [s.department.id] : [])))];
  const departments = await em.find(Department, { id: { $in: departmentIds } }, { populate: ['region'], orderBy: { code: 'asc' } });
  const sdasap = services.get('AC-SDASAP')!;
  let n = 0;

  const agent = (level: 'A' | 'B', service: Service, validFrom: string, employingMinistry = interior) => {
    const created = em.create(Agent, {
      registrationNumber: `SS${String(++n).padStart(5, '0')}`,
      firstName: rng.pick(FIRST),
      lastName: rng.pick(LAST),
      ...CAREER[level],
      status: AgentStatus.TITULAIRE,
      population: Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC,
      employingMinistry,
      service,
      validFrom,
    });
    em.create(Affectation, { agent: created, service, validFrom });
    return created;
  };
  const post = (code: string, title: string, kind: PostKind, residence: Service, technicalSuperior: SocialWorkerPost | null) =>
    em.create(SocialWorkerPost, {
      code,
      title,
      kind,
      residence,
      budgetProgramme: kind === PostKind.ASS ? 307 : 216,
      technicalSuperior,
      validFrom: SINCE,
    });
  const assign = (
    p: SocialWorkerPost,
    level: 'A' | 'B',
    validFrom = SINCE,
    workQuota = 1,
    validTo: string | null = null,
    employingMinistry = interior,
  ) =>
    em.create(PostAssignment, {
      post: p,
      agent: agent(level, p.residence, validFrom, employingMinistry),
      workQuota,
      employingMinistry,
      validFrom,
      validTo,
    });
  const allocate = (convention: Convention, assignment: PostAssignment, shares: [Service | Region | 'FUNCTION', number][]) => {
    const validFrom = convention.validFrom > assignment.validFrom ? convention.validFrom : assignment.validFrom;
    const validTo = [convention.validTo, assignment.validTo].filter((d): d is string => !!d).sort()[0] ?? null;
    for (const [target, share] of shares) {
      const targetKind =
        target === 'FUNCTION' ? AllocationTarget.FUNCTION : target instanceof Service ? AllocationTarget.SERVICE : AllocationTarget.REGION;
      em.create(TimeAllocation, {
        convention,
        assignment,
        targetKind,
        share,
        validFrom,
        validTo,
        service: target instanceof Service ? target : null,
        region: target instanceof Region ? target : null,
      });
    }
  };
  const convention = (reference: string, title: string, kind: ConventionKind, basis: ConventionBasis, extra: Partial<Convention> = {}) =>
    em.create(Convention, {
      reference,
      title,
      kind,
      basis,
      validFrom: CONVENTIONS_FROM,
      tacitRenewal: basis === ConventionBasis.CONVENTION,
      ...extra,
    });
  const scope = (c: Convention, target: { service?: Service; department?: Department; region?: Region; countedWith?: Service }) =>
    em.create(ConventionScope, { convention: c, validFrom: c.validFrom, ...target });

  // National and central level [004 §II.1–2].
  const ctn = post('CTN', 'Conseiller technique national', PostKind.CTN, sdasap, null);
  assign(ctn, 'A');
  const central = post(
    'CT-AC',
    'Conseiller technique coordonnateur — administration centrale et outre-mer',
    PostKind.CT_CENTRAL,
    sdasap,
    ctn,
  );
  assign(central, 'A');
  const assCentral = post('ASS-AC-1', 'Assistant de service social — administration centrale', PostKind.ASS, sdasap, central);
  const centralDecision = convention(
    'CTR-AC-1',
    'Organisation du secteur de l’ASS d’administration centrale',
    ConventionKind.ASS_SERVICE,
    ConventionBasis.CTR_DECISION,
    { post: assCentral },
  );
  for (const code of ['AC-SG', 'AC-DGPN', 'AC-DGGN']) scope(centralDecision, { service: services.get(code)! });
  allocate(centralDecision, assign(assCentral, 'B'), [
    [services.get('AC-SG')!, 0.4],
    [services.get('AC-DGPN')!, 0.3],
    [services.get('AC-DGGN')!, 0.1],
    ['FUNCTION', 0.2],
  ]);

  // One CTR per metropolitan region; PACA's takes Corsica in charge temporarily.
  const regions = [...new Map(departments.map((d) => [d.region.id, d.region])).values()];
  const ctrs = new Map<string, SocialWorkerPost>();
  for (const region of regions.filter((r) => !r.overseas && r.code !== '94')) {
    const ctr = post(
      `CTR-${region.code}`,
      `Conseiller technique régional — ${region.name}`,
      PostKind.CTR,
      services.get(`PREF-${departments.find((d) => d.region.id === region.id)!.code}`)!,
      ctn,
    );
    em.create(PostSector, { post: ctr, region, validFrom: SINCE });
    ctrs.set(region.id, ctr);
  }
  const corsica = regions.find((r) => r.code === '94');
  const paca = regions.find((r) => r.code === '93');
  const ctrAssignments = new Map([...ctrs].map(([regionId, ctr]) => [regionId, assign(ctr, 'A')]));
  if (corsica && paca) {
    const ctr = ctrs.get(paca.id)!;
    ctrs.set(corsica.id, ctr);
    em.create(PostSector, {
      post: ctr,
      region: corsica,
      temporary: true,
      decisionReference: 'Décision DRH/SDASAP n° 2024-117',
      decisionDate: '2024-06-15',
      validFrom: '2024-07-01',
      validTo: '2026-12-31',
    });
    const decision = convention(
      'DRH-2024-117',
      'Prise en charge temporaire de la Corse par le CTR de Provence-Alpes-Côte d’Azur',
      ConventionKind.CTR_INTERREGIONAL,
      ConventionBasis.DRH_DECISION,
      {
        post: ctr,
        secretarialEtp: 0.5,
        validFrom: '2024-07-01',
        validTo: '2026-12-31',
        sourceText: 'Décision du directeur des ressources humaines du 15 juin 2024 [004 §II.2].',
      },
    );
    scope(decision, { region: paca });
    scope(decision, { region: corsica });
    allocate(decision, ctrAssignments.get(paca.id)!, [
      [paca, 0.55],
      [corsica, 0.25],
      ['FUNCTION', 0.2],
    ]);
  }

  // ASS posts: a sector per department (two in Paris), an ASS_SERVICE decision of the CTR each.
  const agriculture = ministries.get('AGRICULTURE')!;
  const ecology = ministries.get('TRANSITION_ECOLOGIQUE')!;
  const interministerial = convention(
    'CI-AGRI-2021',
    'Convention de service social avec le ministère de l’Agriculture (DDT)',
    ConventionKind.INTERMINISTERIAL,
    ConventionBasis.CONVENTION,
    {
      partnerMinistry: agriculture,
      direction: ServiceDirection.INTERIOR_SERVES_PARTNER,
      populations: [Population.OTHER_ADMINISTRATION],
      etpProvided: 0.3,
      sourceText: 'Convention d’interministérialité (instruction du SGG du 25 octobre 2011), sans compensation financière [004 §III.1].',
      renewalTerms: 'Renouvelable chaque année par tacite reconduction.',
    },
  );
  const served = convention(
    'CI-TE-2022',
    'Convention avec le ministère de la Transition écologique : ASS mis à disposition',
    ConventionKind.INTERMINISTERIAL,
    ConventionBasis.CONVENTION,
    {
      partnerMinistry: ecology,
      direction: ServiceDirection.PARTNER_SERVES_INTERIOR,
      etpProvided: 0.5,
      validFrom: '2022-01-01',
    },
  );
  const assPosts = new Map<string, SocialWorkerPost>();
  const holderOf = new Map<string, PostAssignment>();
  for (const department of departments) {
    const c = department.code;
    const at = (code: string) => services.get(code)!;
    const superior = department.region.overseas ? central : ctrs.get(department.region.id)!;
    const sectors = c === '75' ? ['Paris — Nord', 'Paris — Sud'] : [null];
    sectors.forEach((part, i) => {
      // In Ille-et-Vilaine the ASS resides at the DDT, which she serves under the convention with Agriculture: the
      // partner's demo account sees her post, sector, holder, replacement and report (its conventions cover the DDT).
      const ass = post(
        `ASS-${c}-${i + 1}`,
        `Assistant de service social — ${department.name}${part ? ` (${part})` : ''}`,
        PostKind.ASS,
        at(c === '35' ? 'DDT-35' : `PREF-${c}`),
        superior,
      );
      assPosts.set(ass.code, ass);
      em.create(PostSector, { post: ass, department, part, validFrom: SINCE });
      if (c === '67') {
        // Half an ASS of the Transition écologique, still managed by its ministry [004 §III.4].
        const partner = assign(ass, 'B', '2022-01-01', 0.5, null, ecology);
        scope(served, { department });
        allocate(served, partner, [
          [at('PREF-67'), 0.4],
          [at('DIPN-67'), 0.4],
          [at('SP-67-1'), 0.2],
        ]);
        return;
      }
      const decision = convention(
        `CTR-${c}-${i + 1}`,
        `Organisation du secteur de l’ASS — ${department.name}${part ? ` (${part})` : ''}`,
        ConventionKind.ASS_SERVICE,
        ConventionBasis.CTR_DECISION,
        { post: ass },
      );
      // 93: vacant since September 2025 (covered by the ASS of the Hauts-de-Seine); 13: a new holder at 80 % since September 2024.
      const holders =
        c === '93'
          ? [assign(ass, 'B', SINCE, 1, '2025-08-31')]
          : c === '13'
            ? [assign(ass, 'B', SINCE, 1, '2024-08-31'), assign(ass, 'B', '2024-09-01', 0.8)]
            : [assign(ass, 'B', SINCE, rng.next() < 0.25 ? 0.8 : 1)];
      holderOf.set(ass.code, holders[holders.length - 1]);
      if (c === '75') {
        const [main, other] = i === 0 ? ['PREF-75', 'SP-75-1'] : ['DIPN-75', 'DDT-75'];
        scope(decision, { service: at(main) });
        scope(decision, { service: at(other) });
        for (const h of holders)
          allocate(decision, h, [
            [at(main), 0.55],
            [at(other), 0.25],
            ['FUNCTION', 0.2],
          ]);
        return;
      }
      scope(decision, { department });
      // A small sub-prefecture counted with the prefecture [003 annex 5].
      scope(decision, { service: at(`SP-${c}-1`), countedWith: at(`PREF-${c}`) });
      // In Ille-et-Vilaine the DDT is served under the interministerial convention with Agriculture.
      const ddt: [Service, number][] = c === '35' ? [] : [[at(`DDT-${c}`), 0.1]];
      for (const h of holders) {
        allocate(decision, h, [[at(`PREF-${c}`), 0.3], [at(`SP-${c}-2`), 0.1], [at(`DIPN-${c}`), 0.3], ...ddt, ['FUNCTION', 0.2]]);
        if (!ddt.length) allocate(interministerial, h, [[at(`DDT-${c}`), 0.1]]);
      }
      if (c === '35') scope(interministerial, { service: at('DDT-35') });
    });
  }
  /** The post `covered` replaced by the holder of `by` (both posts may be absent from a smaller demo set). */
  const replace = (covered: string, by: string, reason: ReplacementReason, validFrom: string, validTo: string | null = null) => {
    const post = assPosts.get(covered);
    const replacing = holderOf.get(by);
    if (post && replacing) em.create(Replacement, { post, replacing, reason, validFrom, validTo });
  };
  replace('ASS-93-1', 'ASS-92-1', ReplacementReason.VACANCY, '2025-09-01');
  // Paris: the first ASS on leave in spring 2026, covered by the second (so that Paris's administrator sees a replacement).
  replace('ASS-75-1', 'ASS-75-2', ReplacementReason.ABSENCE, '2026-03-01', '2026-06-30');
  // Ille-et-Vilaine: the ASS on summer leave in 2026, the Gironde's answering her calls (the partner's replacement).
  replace('ASS-35-1', 'ASS-33-1', ReplacementReason.ABSENCE, '2026-07-06', '2026-08-28');
  await em.flush();
}
