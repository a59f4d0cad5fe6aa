import { Entity, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Department } from '../referential/department.entity';
import { Region } from '../referential/region.entity';
import { DatedEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { SocialWorkerPost } from './social-worker-post.entity';
import { Searchable } from '../shared/search';

/**
 * A sector of competence of a post over a period: a region (CTR) or a department, or part of one (ASS) [004 §II.2–3].
 * A CTR's second region is a temporary sector, by a dated decision of the DRH [004 §II.2].
 */
@ObjectType({ description: 'Un secteur d’un poste d’assistant de service social : les services qu’il dessert [004 §II].' })
@Entity()
@Searchable('part', 'decisionReference')
export class PostSector extends DatedEntity {
  @RefField(() => SocialWorkerPost)
  @ManyToOne(() => SocialWorkerPost, { index: true, deleteRule: 'cascade' })
  post!: SocialWorkerPost;

  @RefField(() => Region, { nullable: true })
  @ManyToOne(() => Region, { nullable: true, index: true })
  region: Region | null = null;

  @RefField(() => Department, { nullable: true })
  @ManyToOne(() => Department, { nullable: true, index: true })
  department: Department | null = null;

  @Field(() => String, { nullable: true, description: 'La partie du département, quand son effectif appelle plusieurs ASS.' })
  @Property({ type: 'string', nullable: true })
  part: string | null = null;

  @Field(() => Boolean, { description: 'Une région prise en charge temporairement (CTR), sur décision de la DRH.' })
  @Property({ type: 'boolean', default: false })
  temporary: Opt<boolean> = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  decisionReference: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  decisionDate: IsoDate | null = null;
}
