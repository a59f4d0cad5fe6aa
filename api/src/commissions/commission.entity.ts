import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Department } from '../referential/department.entity';
import { DesignatingAuthority } from '../referential/enums';
import { Region } from '../referential/region.entity';
import { DatedEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { CommissionKind } from './enums';
import { Searchable } from '../shared/search';

/** A social action commission: the CNAS, a CLAS (of a department or of a central perimeter), an SRIAS (of a region). */
@ObjectType({
  description:
    'Une commission (nationale ou locale) qui rend des avis sur les cartes, les candidatures et les rapports des correspondants [001].',
})
@Entity()
@Searchable('code', 'name')
export class Commission extends DatedEntity {
  @Field()
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field()
  @Property({ type: 'string' })
  name!: string;

  @Field(() => CommissionKind)
  @Enum({ items: () => CommissionKind })
  kind!: CommissionKind;

  @RefField(() => Department, { nullable: true, description: 'Le département d’une CLAS départementale.' })
  @ManyToOne(() => Department, { nullable: true, index: true })
  department: Department | null = null;

  @RefField(() => Region, { nullable: true, description: 'La région d’une SRIAS.' })
  @ManyToOne(() => Region, { nullable: true, index: true })
  region: Region | null = null;

  @Field(() => DesignatingAuthority, { nullable: true, description: 'Le périmètre central d’une CLAS d’administration centrale.' })
  @Enum({ items: () => DesignatingAuthority, nullable: true })
  authority: DesignatingAuthority | null = null;
}
