import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver, EmailAddressResolver } from 'graphql-scalars';
import { DatedEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { Affectation } from './affectation.entity';
import { AgentCategory, AgentStatus, MobilityPlanKind, Population } from './enums';
import { Ministry } from './ministry.entity';
import { Service } from './service.entity';
import { Searchable } from '../shared/search';

/** A person in post; validFrom/validTo is the period in post. */
@ObjectType({
  description:
    'Un agent du ministère affecté à un service : identité, statut, grade, affectations datées ; ses données personnelles sont lues sous contrôle et journalisées.',
})
@Entity()
@Searchable('registrationNumber', 'lastName', 'firstName')
// A service's agents in their list order (`Service.agents`): its first rows read straight from the index, not sorted.
@Index({ name: 'agent_service_id_last_name_first_name_id_index', properties: ['service', 'lastName', 'firstName', 'id'] })
export class Agent extends DatedEntity {
  @Field({ description: 'Matricule.' })
  @Property({ type: 'string', unique: true })
  registrationNumber!: string;

  @Field()
  @Property({ type: 'string' })
  firstName!: string;

  @Field()
  @Property({ type: 'string', index: true })
  lastName!: string;

  @Field(() => EmailAddressResolver, { nullable: true, description: 'Professional email.' })
  @Property({ type: 'string', nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true, description: 'Professional phone.' })
  @Property({ type: 'string', nullable: true })
  phone: string | null = null;

  @Field()
  @Property({ type: 'string' })
  grade!: string;

  @Field()
  @Property({ type: 'string' })
  corps!: string;

  @Field(() => AgentCategory)
  @Enum({ items: () => AgentCategory })
  category!: AgentCategory;

  @Field(() => AgentStatus)
  @Enum({ items: () => AgentStatus })
  status!: AgentStatus;

  @Field(() => Population)
  @Enum({ items: () => Population })
  population!: Population;

  @RefField(() => Ministry)
  @ManyToOne(() => Ministry, { index: true })
  employingMinistry!: Ministry;

  @RefField(() => Service, {
    description: 'Le service d’affectation actuel ; son historique (et le service à toute date) est dans `affectations`.',
  })
  @ManyToOne(() => Service, { index: true })
  service!: Service;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  /** Personal data: a declared short-term mobility plan [000]. */
  @Field(() => DateScalar, { nullable: true, description: 'Donnée personnelle : date d’une mobilité à court terme déclarée.' })
  @Property({ type: 'date', nullable: true })
  mobilityPlanDate: IsoDate | null = null;

  @Field(() => MobilityPlanKind, { nullable: true, description: 'Donnée personnelle : type de la mobilité déclarée.' })
  @Enum({ items: () => MobilityPlanKind, nullable: true })
  mobilityPlanKind: MobilityPlanKind | null = null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Quand ses données personnelles ont été anonymisées, à la fin de la durée de conservation.',
  })
  @Property({ type: 'datetime', nullable: true })
  personalDataPurgedAt: Date | null = null;

  @OneToMany(() => Affectation, (a) => a.agent)
  affectations = new Collection<Affectation>(this);
}
