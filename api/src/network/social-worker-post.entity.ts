import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Service } from '../referential/service.entity';
import { DatedEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { PostKind } from './enums';
import { Searchable } from '../shared/search';

/** A post of the social service network (a post, not a person: it may be vacant) [004 §II, §III.1]. */
@ObjectType({ description: 'Un poste du service social (CTN, CT central, CTR ou ASS) et son autorité de rattachement [004 §II].' })
@Entity()
@Searchable('code', 'title')
export class SocialWorkerPost extends DatedEntity {
  @Field()
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field()
  @Property({ type: 'string' })
  title!: string;

  @Field(() => PostKind)
  @Enum({ items: () => PostKind })
  kind!: PostKind;

  @RefField(() => Service, { description: 'Résidence administrative du poste (un service).' })
  @ManyToOne(() => Service, { index: true })
  residence!: Service;

  @Field(() => Int, { description: 'Programme budgétaire qui porte le poste : 216 pour un CTR, 307 pour un ASS [004 §III.1].' })
  @Property({ type: 'integer' })
  budgetProgramme!: number;

  @Field(() => Float, {
    description: 'Équivalent temps plein budgété du poste (1 pour un poste complet) : occupations et affectations ne le dépassent jamais.',
  })
  @Property({ type: 'double', runtimeType: 'number', default: 1 })
  etp: Opt<number> = 1;

  @RefField(() => SocialWorkerPost, {
    nullable: true,
    description: 'Supérieur fonctionnel et technique : ASS → CTR (ou CT_CENTRAL) → CTN [004 §II].',
  })
  @ManyToOne(() => SocialWorkerPost, { nullable: true, index: true })
  technicalSuperior: SocialWorkerPost | null = null;
}
