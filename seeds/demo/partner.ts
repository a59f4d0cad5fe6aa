import type { EntityManager } from '@mikro-orm/postgresql';
import { TrainingKind } from '../../api/src/correspondents/enums';
import { Training } from '../../api/src/correspondents/follow-up/training.entity';
import { Agent } from '../../api/src/referential/agent.entity';

/**
 * What the Agriculture ministry's demo account sees beyond the network (issue 13 item 8): the training of the agent of
 * the DDT of Ille-et-Vilaine who is its ministry's correspondent there, trained with the Interior's correspondents under
 * the convention (its conventions cover the DDT's agents; the network's part is in network.ts).
 */
export async function seedPartnerCase(em: EntityManager): Promise<void> {
  const [agent] = await em.find(Agent, { service: { code: 'DDT-35' } }, { orderBy: { registrationNumber: 'asc' }, limit: 1 });
  if (!agent) return;
  em.create(Training, {
    agent,
    kind: TrainingKind.CONTINUING,
    title: 'Journée des correspondants de l’action sociale interministérielle (SRIAS Bretagne)',
    date: '2026-03-12',
    hours: 6,
  });
  await em.flush();
}
