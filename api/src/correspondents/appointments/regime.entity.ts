import { Entity, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DatedEntity } from '../../shared/base.entity';
import { Searchable } from '../../shared/search';

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

  @Field({ description: 'Les textes du régime.' })
  @Property({ type: 'text' })
  legalBasis!: string;

  @Field({ description: 'Seuls des « fonctionnaires titulaires » peuvent être nommés (2007 [002 §2.3]).' })
  @Property({ type: 'boolean' })
  titularOnly!: boolean;

  @Field({ description: 'Les membres titulaires et suppléants de la CLAS ne peuvent pas être correspondants (2026 [001 §2.3]).' })
  @Property({ type: 'boolean' })
  excludesClasMembers!: boolean;

  @Field({ description: 'Une mobilité à court terme déclarée au dépôt est un critère de sélection (2026 [000]).' })
  @Property({ type: 'boolean' })
  mobilityCriterion!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      '« Court terme », que les textes ne définissent pas (choix de conception) : une mobilité déclarée au dépôt et prévue dans ce nombre de mois après le dépôt compte [000]. Vide : toute mobilité à venir.',
  })
  @Property({ type: 'integer', nullable: true })
  mobilityHorizonMonths: number | null = null;

  @Field({
    description: 'L’entretien avant la nomination est conjoint : chef de service et chef du service d’action sociale (2026 [001 §2.5]).',
  })
  @Property({ type: 'boolean' })
  jointInterview!: boolean;

  @Field({
    description:
      'Vrai : les correspondants des services centraux sont désignés par arrêté ministériel (2026 [000]) ; sinon la désignation est toujours préfectorale (2007 [002 §2.2]).',
  })
  @Property({ type: 'boolean' })
  ministerialForCentral!: boolean;

  @Field({ description: 'La lettre de mission fixe un crédit de temps précis (2026 [000]) ; les lettres de 2007 peuvent être imprécises.' })
  @Property({ type: 'boolean' })
  preciseTimeCredit!: boolean;
}
