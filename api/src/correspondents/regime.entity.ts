import { Entity, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DatedEntity } from '../shared/base.entity';
import { Searchable } from '../shared/search';

/**
 * A legal regime of the correspondents, in force over [validFrom, validTo]: 2007 (arrêté of 31 December 2007 and
 * circular [002]) and 2026 (arrêté and circular of 12 February 2026 [001, 000], which repeals the 2007 arrêté).
 * The texts give the acts' dates, not their entry into force: the periods are configurable records.
 * Each candidacy and appointment stores the regime it was decided under.
 */
@ObjectType({ description: 'Le régime des correspondants en vigueur à une date : conditions de nomination et textes [001].' })
@Entity()
@Searchable('code', 'name')
export class Regime extends DatedEntity {
  @Field()
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field()
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'The texts of the regime.' })
  @Property({ type: 'text' })
  legalBasis!: string;

  @Field({ description: 'Only « fonctionnaires titulaires » may be appointed (2007 [002 §2.3]).' })
  @Property({ type: 'boolean' })
  titularOnly!: boolean;

  @Field({ description: 'Titular and substitute CLAS members may not be correspondents (2026 [001 §2.3]).' })
  @Property({ type: 'boolean' })
  excludesClasMembers!: boolean;

  @Field({ description: 'A short-term mobility plan declared at filing is a selection criterion (2026 [000]).' })
  @Property({ type: 'boolean' })
  mobilityCriterion!: boolean;

  @Field(() => Int, { nullable: true, description: '« Court terme », undefined by the texts (design): a plan declared at filing and due within this many months of the filing date counts [000]. Null: any plan ahead.' })
  @Property({ type: 'integer', nullable: true })
  mobilityHorizonMonths: number | null = null;

  @Field({ description: 'The interview before the appointment is joint: head of service and head of the social action service (2026 [001 §2.5]).' })
  @Property({ type: 'boolean' })
  jointInterview!: boolean;

  @Field({ description: 'Central services are appointed by ministerial arrêté (2026 [000]); else always prefectoral (2007 [002 §2.2]).' })
  @Property({ type: 'boolean' })
  ministerialForCentral!: boolean;

  @Field({ description: 'The mission letter states a precise time credit (2026 [000]); 2007 letters may be vague.' })
  @Property({ type: 'boolean' })
  preciseTimeCredit!: boolean;
}
