import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { OpinionValue } from '../../commissions/enums';
import { Opinion } from '../../commissions/opinion.entity';
import { Agent } from '../../referential/agent.entity';
import { AgentStatus, MobilityPlanKind } from '../../referential/enums';
import { Service } from '../../referential/service.entity';
import { BaseEntity } from '../../shared/base.entity';
import { RefField } from '../../shared/ref-field';
import { DateScalar, type IsoDate } from '../../shared/scalars';
import { CandidateCall } from './candidate-call.entity';
import { CandidacyStatus } from '../enums';
import { Regime } from '../appointments/regime.entity';
import { Searchable } from '../../shared/search';

/**
 * An agent's candidacy to a call, with what the commission must see: grade and assignment at filing (a snapshot),
 * the head of service's reasoned opinion, then the commission's opinion [001 §2.2]. The legal basis is the regime
 * in force on the filing date. FILED → HEAD_OPINION_GIVEN → COMMISSION_OPINION_GIVEN → APPOINTED | NOT_SELECTED | WITHDRAWN.
 */
@ObjectType({ description: 'La candidature d’un agent à un poste de correspondant, de son dépôt à la décision, avec ses avis [001 §2.2].' })
@Entity()
@Searchable('motivation', 'headOfServiceName')
export class Candidacy extends BaseEntity {
  @RefField(() => CandidateCall)
  @ManyToOne(() => CandidateCall, { index: true })
  call!: CandidateCall;

  @RefField(() => Agent, { withheld: true })
  @ManyToOne(() => Agent, { index: true })
  agent!: Agent;

  @RefField(() => Service, { withheld: true, description: 'Le service de la carte que l’agent se propose de servir.' })
  @ManyToOne(() => Service, { index: true })
  service!: Service;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  filedOn!: IsoDate;

  @RefField(() => Regime, { description: 'Le régime en vigueur à la date du dépôt.' })
  @ManyToOne(() => Regime)
  regime!: Regime;

  @Field(() => CandidacyStatus)
  @Enum({ items: () => CandidacyStatus })
  status: Opt<CandidacyStatus> = CandidacyStatus.FILED;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  motivation: string | null = null;

  // Snapshot at filing: what the commission is shown, whatever changes later.
  @Field({ description: 'Grade at filing.' })
  @Property({ type: 'string' })
  gradeAtFiling!: string;

  @Field(() => AgentStatus, { description: 'Status at filing.' })
  @Enum({ items: () => AgentStatus })
  statusAtFiling!: AgentStatus;

  @RefField(() => Service, { nullable: true, description: 'Le service d’affectation au dépôt.' })
  @ManyToOne(() => Service, { nullable: true })
  serviceAtFiling: Service | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'Personal data: mobility plan declared at filing.' })
  @Property({ type: 'date', nullable: true })
  mobilityPlanDateAtFiling: IsoDate | null = null;

  @Field(() => MobilityPlanKind, { nullable: true, description: 'Donnée personnelle : le type de mobilité déclarée au dépôt.' })
  @Enum({ items: () => MobilityPlanKind, nullable: true })
  mobilityPlanKindAtFiling: MobilityPlanKind | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  headOfServiceName: string | null = null;

  @Field(() => OpinionValue, { nullable: true, description: 'L’avis motivé du chef de service.' })
  @Enum({ items: () => OpinionValue, nullable: true })
  headOpinion: OpinionValue | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  headOpinionReasons: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  headOpinionOn: IsoDate | null = null;

  @RefField(() => Opinion, { nullable: true, description: 'L’avis de la commission.' })
  @ManyToOne(() => Opinion, { nullable: true })
  commissionOpinion: Opinion | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'Date de l’issue (nomination, non retenue, retrait).' })
  @Property({ type: 'date', nullable: true })
  closedOn: IsoDate | null = null;

  @Field(() => String, { nullable: true, description: 'Motif de l’issue ; obligatoire quand elle s’écarte de l’avis de la commission.' })
  @Property({ type: 'text', nullable: true })
  outcomeReason: string | null = null;
}
