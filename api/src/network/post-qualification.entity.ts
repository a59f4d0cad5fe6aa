import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { AgentCategory } from '../referential/enums';
import { DatedEntity } from '../shared/base.entity';
import { Searchable } from '../shared/search';
import { PostKind } from './enums';

/**
 * The category a post of the network requires of its holder, over a period: configurable, dated records (seeded by the
 * migration). 004 says the ASS are category B [004 §II.3]; the State's ASS form an interministerial corps in category A
 * from 1 February 2019 (décret n° 2017-1050 du 10 mai 2017); CTR, CT_CENTRAL and CTN are category A [004 §II.1–2].
 * An assignment is checked against the record in force on its start date.
 */
@ObjectType({ description: 'La qualification exigée d’un poste du service social, datée [004 §II].' })
@Entity()
@Searchable('legalBasis')
export class PostQualification extends DatedEntity {
  @Field(() => PostKind)
  @Enum({ items: () => PostKind })
  kind!: PostKind;

  @Field(() => AgentCategory)
  @Enum({ items: () => AgentCategory })
  category!: AgentCategory;

  @Field({ description: 'Le texte dont vient l’exigence.' })
  @Property({ type: 'text' })
  legalBasis!: string;
}
