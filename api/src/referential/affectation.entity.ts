import { Entity, ManyToOne } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { DatedEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { Agent } from './agent.entity';
import { Service } from './service.entity';

/**
 * An agent's assignment to a service over a period: the history behind `Agent.service` (the current one),
 * so that "which agents were in this service on D" has an answer for any past D. Maintained by the agents service.
 */
@ObjectType({ description: 'Une affectation d’un agent à un service, datée : la suite des affectations fait son parcours.' })
@Entity()
export class Affectation extends DatedEntity {
  @RefField(() => Agent, { withheld: true })
  @ManyToOne(() => Agent, { index: true, deleteRule: 'cascade' })
  agent!: Agent;

  @RefField(() => Service, { description: 'Le service d’affectation.' })
  @ManyToOne(() => Service, { index: true })
  service!: Service;
}
