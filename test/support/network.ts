import type { EntityManager } from '@mikro-orm/postgresql';
import { PostKind } from '../../api/src/network/enums';
import { PostAssignment } from '../../api/src/network/post-assignment.entity';
import { SocialWorkerPost } from '../../api/src/network/social-worker-post.entity';
import { Affectation } from '../../api/src/referential/affectation.entity';
import { Agent } from '../../api/src/referential/agent.entity';
import { AgentCategory, AgentStatus, Population } from '../../api/src/referential/enums';
import type { Service } from '../../api/src/referential/service.entity';
import { interior, serviceWithAgents } from './fixtures';

let sequence = 0;

/**
 * A social worker (ASS corps: category A since 2019-02-01, B before), a counsellor (CTSS corps, category A), or with
 * category C a clerk of another corps; written directly.
 */
export async function socialWorker(
  em: EntityManager,
  service: Service,
  category: 'A' | 'B' | 'C' = 'A',
  validFrom = '2020-01-01',
  counsellor = false,
) {
  const corps =
    category === 'C'
      ? 'Adjoints administratifs de l’Intérieur'
      : counsellor
        ? 'Conseillers techniques de service social des administrations de l’État'
        : 'Assistants de service social des administrations de l’État';
  const agent = em.create(Agent, {
    registrationNumber: `SW-${++sequence}`,
    firstName: 'Claire',
    lastName: `Sociale ${sequence}`,
    grade: 'Assistant de service social',
    corps,
    category: category as AgentCategory,
    status: AgentStatus.TITULAIRE,
    population: Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC,
    employingMinistry: await interior(em),
    service,
    validFrom,
  });
  em.create(Affectation, { agent, service, validFrom });
  await em.flush();
  return agent;
}

/** A post written directly (budget programme by kind [004 §III.1]). */
export async function post(em: EntityManager, residence: Service, kind = PostKind.ASS, extra: Partial<SocialWorkerPost> = {}) {
  const created = em.create(SocialWorkerPost, {
    code: `P-${kind}-${++sequence}`,
    title: `Poste ${sequence}`,
    kind,
    residence,
    budgetProgramme: kind === PostKind.ASS ? 307 : 216,
    validFrom: '2020-01-01',
    ...extra,
  });
  await em.flush();
  return created;
}

/** A post held by a new social worker at `workQuota` from `validFrom`. */
export async function heldPost(em: EntityManager, residence: Service, workQuota = 1, validFrom = '2020-01-01', kind = PostKind.ASS) {
  const p = await post(em, residence, kind);
  const agent = await socialWorker(em, residence, 'A', validFrom, kind !== PostKind.ASS);
  const assignment = em.create(PostAssignment, { post: p, agent, workQuota, employingMinistry: await interior(em), validFrom });
  await em.flush();
  return { post: p, agent, assignment };
}

/**
 * A Paris post held full time by a Paris ASS and at 0.2 by an ASS of the 92 (since 2021): the 75's administrator may
 * read the post, not the second agent (a withheld reference).
 */
export async function heldAcrossDepartments(em: EntityManager) {
  const [paris, nanterre] = [await serviceWithAgents(em, '75', 0), await serviceWithAgents(em, '92', 0)];
  const { post } = await heldPost(em, paris, 1);
  const outsider = await socialWorker(em, nanterre);
  em.create(PostAssignment, { post, agent: outsider, workQuota: 0.2, employingMinistry: await interior(em), validFrom: '2021-01-01' });
  await em.flush();
  return { post, outsider };
}
