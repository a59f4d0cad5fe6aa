import { Entity, Enum, ManyToOne } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Agent } from '../referential/agent.entity';
import { DatedEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { Commission } from './commission.entity';
import { MemberRole } from './enums';

/** A seat on a commission over a period (validFrom/validTo). */
@ObjectType({ description: 'Un membre d’une commission, avec sa qualité et ses dates de mandat.' })
@Entity()
export class CommissionMember extends DatedEntity {
  @RefField(() => Commission)
  @ManyToOne(() => Commission, { index: true })
  commission!: Commission;

  @RefField(() => Agent, { withheld: true })
  @ManyToOne(() => Agent, { index: true })
  agent!: Agent;

  @Field(() => MemberRole)
  @Enum({ items: () => MemberRole })
  role!: MemberRole;
}
