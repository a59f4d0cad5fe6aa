import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { SocialWorkerPost } from '../network/social-worker-post.entity';
import { BaseEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { Searchable } from '../shared/search';
import { NetworkReportKind } from './enums';

/**
 * A report of the social service network [004 §II.1–3]: an ASS's yearly activity report (to the prefect and the CTR,
 * presented once a year to the departmental CHSCT, today the F3SCT), a CTR's quarterly report to the central level, the
 * CTN's yearly statistics. The record holds the period, the dates and the author's narrative; its figures are computed
 * from the registry (field `figures`): aggregates only, never a social case [003 §4.2, 004 §II.3].
 */
@ObjectType({
  description:
    'Un rapport du réseau : le rapport annuel d’une ASS, le bilan trimestriel d’un CTR ou la statistique annuelle du CTN, avec sa période, ses dates et sa présentation [004 §II.1–3].',
})
@Entity()
@Searchable('narrative')
export class NetworkReport extends BaseEntity {
  @Field(() => NetworkReportKind)
  @Enum({ items: () => NetworkReportKind })
  kind!: NetworkReportKind;

  @RefField(() => SocialWorkerPost, { description: 'Le poste de l’auteur : celui de l’ASS, du CTR ou du CTN.' })
  @ManyToOne(() => SocialWorkerPost, { index: true })
  post!: SocialWorkerPost;

  @Field(() => Int)
  @Property({ type: 'integer', index: true })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Pour le bilan trimestriel d’un CTR : 1 à 4.' })
  @Property({ type: 'integer', nullable: true })
  quarter: number | null = null;

  @Field(() => DateScalar, { description: 'Le jour où le rapport a été remis (au préfet et au CTR, ou à l’échelon central).' })
  @Property({ type: 'date' })
  submittedOn!: IsoDate;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Pour le rapport d’une ASS : la séance du CHSCT (F3SCT) départemental où il a été présenté.',
  })
  @Property({ type: 'date', nullable: true })
  presentedOn: IsoDate | null = null;

  @Field(() => String, { nullable: true, description: 'Les commentaires de l’auteur : aucune situation individuelle [004 §II.3].' })
  @Property({ type: 'text', nullable: true })
  narrative: string | null = null;
}
