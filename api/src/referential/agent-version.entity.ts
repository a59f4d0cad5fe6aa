import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity';
import { Agent } from './agent.entity';
import { AgentCategory, AgentStatus, Population } from './enums';
import { Ministry } from './ministry.entity';

/**
 * A dated version of an agent's career attributes (grade, corps, category, status, population, employing ministry):
 * issue 17 item 1, shared/versions/. A promotion is a new version from its effective date.
 */
@Entity()
export class AgentVersion extends BaseEntity {
  @ManyToOne(() => Agent, { deleteRule: 'cascade' })
  agent!: Agent;

  @Property({ type: 'string', columnType: 'daterange' })
  valid!: string;

  @Property({ type: 'string' })
  grade!: string;

  @Property({ type: 'string' })
  corps!: string;

  @Enum({ items: () => AgentCategory })
  category!: AgentCategory;

  @Enum({ items: () => AgentStatus })
  status!: AgentStatus;

  @Enum({ items: () => Population })
  population!: Population;

  @ManyToOne(() => Ministry, { index: true })
  employingMinistry!: Ministry;
}
