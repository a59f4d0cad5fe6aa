import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../referential/department.entity';
import { DatedEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { Searchable } from '../shared/search';

/** Who correspondents direct agents to [001 art. 5]. */
export enum SupportKind {
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  OPERATIONAL_SUPPORT_PSYCHOLOGIST = 'OPERATIONAL_SUPPORT_PSYCHOLOGIST',
  PREVENTION_DOCTOR = 'PREVENTION_DOCTOR',
  OTHER = 'OTHER',
}
registerEnumType(SupportKind, {
  name: 'SupportKind',
  description: 'Métier d’un professionnel de soutien de l’annuaire (assistant de service social, psychologue…).',
});

/**
 * The directory of support professionals whose contacts correspondents pass on [001 art. 5; DOMAIN.md §4.10]:
 * professional contacts only, per department (none: national), dated.
 */
@ObjectType({
  description:
    'Un professionnel de soutien de l’annuaire (assistant de service social, psychologue…), que les correspondants orientent vers.',
})
@Entity()
@Searchable('name', 'organisation')
export class SupportProfessional extends DatedEntity {
  @Field(() => SupportKind)
  @Enum({ items: () => SupportKind })
  kind!: SupportKind;

  @Field({ description: 'Nom, ou celui de l’unité (« Cellule psychologique du SGAMI Sud »).' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'L’organisme ou le service dont relève le professionnel.' })
  @Property({ type: 'string', nullable: true })
  organisation: string | null = null;

  @Field(() => String, { nullable: true, description: 'Professional phone.' })
  @Property({ type: 'string', nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true, description: 'Professional email.' })
  @Property({ type: 'string', nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true, description: 'Quand et comment le joindre.' })
  @Property({ type: 'text', nullable: true })
  availability: string | null = null;

  @RefField(() => Department, { nullable: true, description: 'Le département servi (aucun : national).' })
  @ManyToOne(() => Department, { nullable: true, index: true })
  department: Department | null = null;
}
