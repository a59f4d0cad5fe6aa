import { Collection, Entity, Enum, ManyToMany, ManyToOne, OneToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Agent } from '../../referential/agent.entity';
import { Department } from '../../referential/department.entity';
import { DesignatingAuthority } from '../../referential/enums';
import { ServiceSite } from '../../referential/service-site.entity';
import { Service } from '../../referential/service.entity';
import { BaseEntity } from '../../shared/base.entity';
import { RefField } from '../../shared/ref-field';
import { DateScalar, type IsoDate } from '../../shared/scalars';
import { Candidacy } from '../candidacies/candidacy.entity';
import { AppointmentEndReason, AppointmentStatus, ArreteKind, SignatoryCapacity } from '../enums';
import { ImplantationMap } from '../maps/implantation-map.entity';
import { Regime } from './regime.entity';
import { Searchable } from '../../shared/search';

/**
 * A correspondent's appointment: joint interview, then the arrêté of the map's authority [001 art. 4], effective
 * only with its signed mission letter [000; 001 §2.2]. Covers services of the adopted map. Its legal basis is the
 * regime in force on the arrêté's date. PENDING_LETTER → EFFECTIVE → ENDED. Written only by workflow mutations.
 */
@ObjectType({
  description:
    'La nomination d’un agent comme correspondant de l’action sociale d’un service, effective une fois sa lettre de mission signée [001 §2.2].',
})
@Entity()
@Searchable('arreteNumber', 'arreteSignatory')
export class Appointment extends BaseEntity {
  @RefField(() => Candidacy, { nullable: true, description: 'Vide pour les nominations antérieures au registre.' })
  @OneToOne(() => Candidacy, { nullable: true, owner: true, unique: true })
  candidacy: Candidacy | null = null;

  @RefField(() => Agent, { withheld: true })
  @ManyToOne(() => Agent, { index: true })
  agent!: Agent;

  @RefField(() => ImplantationMap, { description: 'La carte adoptée sur laquelle la nomination a été faite.' })
  @ManyToOne(() => ImplantationMap, { index: true })
  map!: ImplantationMap;

  @RefField(() => Regime, { description: 'Le régime en vigueur à la date de l’arrêté.' })
  @ManyToOne(() => Regime)
  regime!: Regime;

  @Field(() => AppointmentStatus)
  @Enum({ items: () => AppointmentStatus })
  status: Opt<AppointmentStatus> = AppointmentStatus.PENDING_LETTER;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  interviewDate!: IsoDate;

  @Field({ description: 'Le chef du service d’action sociale a participé à l’entretien (exigé depuis 2026 [001 §2.5]).' })
  @Property({ type: 'boolean' })
  jointInterview!: boolean;

  @Field(() => ArreteKind, { description: 'Suit le régime en vigueur à la date de l’arrêté et le périmètre de la carte.' })
  @Enum({ items: () => ArreteKind })
  arreteKind!: ArreteKind;

  @Field()
  @Property({ type: 'string' })
  arreteNumber!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  arreteDate!: IsoDate;

  @Field(() => DesignatingAuthority, { description: 'L’autorité qui arrête la nomination : celle de la carte [001 art. 3–4].' })
  @Enum({ items: () => DesignatingAuthority })
  arreteAuthority!: DesignatingAuthority;

  @RefField(() => Department, { nullable: true, description: 'Le département du préfet, quand l’autorité est un préfet.' })
  @ManyToOne(() => Department, { nullable: true })
  arreteAuthorityDepartment: Department | null = null;

  @Field({ description: 'Le nom du signataire.' })
  @Property({ type: 'string' })
  arreteSignatory!: string;

  @Field(() => SignatoryCapacity, { description: 'L’autorité elle-même, par délégation ou par intérim.' })
  @Enum({ items: () => SignatoryCapacity, default: SignatoryCapacity.AUTHORITY })
  arreteSignatoryCapacity: Opt<SignatoryCapacity> = SignatoryCapacity.AUTHORITY;

  @Field(() => String, {
    nullable: true,
    description: 'La fonction d’un signataire par délégation ou intérim (« le secrétaire général de la préfecture »).',
  })
  @Property({ type: 'string', nullable: true })
  arreteSignatoryTitle: string | null = null;

  @Field(() => DateScalar)
  @Property({ type: 'date', index: true })
  startDate!: IsoDate;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate: IsoDate | null = null;

  @Field(() => AppointmentEndReason, { nullable: true })
  @Enum({ items: () => AppointmentEndReason, nullable: true })
  endReason: AppointmentEndReason | null = null;

  @Field(() => String, { nullable: true, description: 'Pourquoi la décision s’écarte de l’avis de la commission.' })
  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Pourquoi la nomination est faite malgré une mobilité déclarée au dépôt (2026 [000]).',
  })
  @Property({ type: 'text', nullable: true })
  mobilityAcknowledgedReason: string | null = null;

  /** The services covered (on the map), with free access to their premises; read through a field resolver. */
  @ManyToMany(() => Service)
  services = new Collection<Service>(this);

  /** The sites (establishments) of the covered services where the correspondent acts [000, model letter]. */
  @ManyToMany(() => ServiceSite)
  sites = new Collection<ServiceSite>(this);
}
