import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Agent } from '../../referential/agent.entity';
import { Department } from '../../referential/department.entity';
import { DesignatingAuthority } from '../../referential/enums';
import { BaseEntity } from '../../shared/base.entity';
import { RefField } from '../../shared/ref-field';
import { DateScalar, type IsoDate } from '../../shared/scalars';
import { Searchable } from '../../shared/search';

/** The information meeting the head of the social action service holds at least once a year for the correspondents [001 §2.5]. */
@ObjectType({ description: 'Une réunion d’information annuelle des correspondants d’un périmètre [001 §2.5].' })
@Entity()
@Searchable('title', 'agenda')
export class InformationMeeting extends BaseEntity {
  @RefField(() => Department, { nullable: true, description: 'Vide pour les réunions de l’administration centrale.' })
  @ManyToOne(() => Department, { nullable: true, index: true })
  department: Department | null = null;

  @Field(() => DesignatingAuthority, {
    nullable: true,
    description:
      'Pour une réunion centrale : le périmètre central dont elle réunit les correspondants (vide : toute l’administration centrale).',
  })
  @Enum({ items: () => DesignatingAuthority, nullable: true })
  authority: DesignatingAuthority | null = null;

  @Field(() => DateScalar)
  @Property({ type: 'date', index: true })
  date!: IsoDate;

  @Field()
  @Property({ type: 'string' })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  agenda: string | null = null;
}

/** A correspondent present at an information meeting. */
@ObjectType({ description: 'La présence d’un correspondant à une réunion d’information.' })
@Entity()
@Unique({ properties: ['meeting', 'agent'] })
export class InformationMeetingAttendance extends BaseEntity {
  @RefField(() => InformationMeeting)
  @ManyToOne(() => InformationMeeting, { index: true, deleteRule: 'cascade' })
  meeting!: InformationMeeting;

  @RefField(() => Agent, { withheld: true })
  @ManyToOne(() => Agent, { index: true })
  agent!: Agent;
}
