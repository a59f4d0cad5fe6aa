import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { EffectiveDateField, EffectiveUntilField } from '../shared/versions/inputs';
import { AgentCategory, AgentStatus, DesignatingAuthority, MobilityPlanKind, Population, ServiceKind } from './enums';

/*
 * Inputs serve create, update and bulk rows alike: a field left out is unchanged, null clears it.
 * Required fields and formats are checked by the rules, so that every row of a bulk save gets its
 * French, per-field messages instead of one GraphQL coercion error for the whole request.
 */

@InputType()
export class RegionInput {
  @Field({ nullable: true }) code?: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) overseas?: boolean;
}

@InputType()
export class RegionFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true }) overseas?: boolean;
}

@InputType()
export class DepartmentInput {
  @Field({ nullable: true }) code?: string;
  @Field({ nullable: true }) name?: string;
  @Field(() => ID, { nullable: true }) regionId?: string;
}

@InputType()
export class DepartmentFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) regionId?: string;
}

@InputType()
export class MinistryInput {
  @Field({ nullable: true }) code?: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) interior?: boolean;
}

@InputType({ description: 'Les valeurs d’un enregistrement de référentiel identifié par code et nom.' })
export class CodeNameInput {
  @Field({ nullable: true }) code?: string;
  @Field({ nullable: true }) name?: string;
}

@InputType({ description: 'Les critères d’une liste de référentiel identifiée par code et nom.' })
export class CodeNameFilter {
  @Field({ description: 'Recherche plein texte, sans tenir compte des accents ni de la casse, sur le code et le nom.', nullable: true })
  q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
}

@InputType()
export class ServiceInput {
  @Field({ nullable: true }) code?: string;
  @Field({ nullable: true }) name?: string;
  @Field(() => ServiceKind, { nullable: true }) kind?: ServiceKind;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => ID, { nullable: true }) overseasCollectivityId?: string | null;
  @Field(() => DesignatingAuthority, { nullable: true }) designatingAuthority?: DesignatingAuthority;
  @Field(() => ID, { nullable: true }) ministryId?: string;
  @Field({ nullable: true }) excludedFromNetwork?: boolean;
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
  @EffectiveDateField('nom, type, service parent, département ou exclusion du réseau') effectiveDate?: IsoDate | null;
  @EffectiveUntilField() effectiveUntil?: IsoDate | null;
}

@InputType()
export class ServiceFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ServiceKind, { nullable: true }) kind?: ServiceKind;
  @Field(() => ID, { nullable: true }) parentId?: string;
  @Field(() => ID, { nullable: true }) departmentId?: string;
  @Field(() => ID, { nullable: true }) ministryId?: string;
  @Field(() => DesignatingAuthority, { nullable: true }) designatingAuthority?: DesignatingAuthority;
  @Field({ nullable: true, description: 'Seulement les services sans parent (racines de l’arborescence).' }) rootsOnly?: boolean;
}

@InputType()
export class ServiceSiteInput {
  @Field(() => ID, { nullable: true }) serviceId?: string;
  @Field({ nullable: true }) label?: string;
  @Field({ nullable: true }) address?: string;
  @Field({ nullable: true }) postalCode?: string;
  @Field({ nullable: true }) city?: string;
}

@InputType()
export class ServiceSiteFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) serviceId?: string;
}

@InputType()
export class ServiceHeadcountInput {
  @Field(() => ID, { nullable: true }) serviceId?: string;
  @Field(() => Population, { nullable: true }) population?: Population;
  @Field(() => Int, { nullable: true }) count?: number;
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
}

@InputType()
export class ServiceHeadcountFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) serviceId?: string;
  @Field(() => Population, { nullable: true }) population?: Population;
}

@InputType()
export class AgentInput {
  @Field({ nullable: true }) registrationNumber?: string;
  @Field({ nullable: true }) firstName?: string;
  @Field({ nullable: true }) lastName?: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field({ nullable: true }) grade?: string;
  @Field({ nullable: true }) corps?: string;
  @Field(() => AgentCategory, { nullable: true }) category?: AgentCategory;
  @Field(() => AgentStatus, { nullable: true }) status?: AgentStatus;
  @Field(() => Population, { nullable: true }) population?: Population;
  @Field(() => ID, { nullable: true }) employingMinistryId?: string;
  @Field(() => ID, { nullable: true }) serviceId?: string;
  @Field({ nullable: true }) active?: boolean;
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
  @Field(() => DateScalar, { nullable: true }) mobilityPlanDate?: IsoDate | null;
  @Field(() => MobilityPlanKind, { nullable: true }) mobilityPlanKind?: MobilityPlanKind | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Quand l’agent change de service : la date d’effet de la nouvelle affectation (par défaut : aujourd’hui).',
  })
  affectationDate?: IsoDate;
  @EffectiveDateField('grade, corps, catégorie, statut, population ou ministère employeur') effectiveDate?: IsoDate | null;
  @EffectiveUntilField() effectiveUntil?: IsoDate | null;
}

@InputType()
export class AgentFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) serviceId?: string;
  @Field(() => AgentStatus, { nullable: true }) status?: AgentStatus;
  @Field(() => AgentCategory, { nullable: true }) category?: AgentCategory;
  @Field(() => Population, { nullable: true }) population?: Population;
  @Field({ nullable: true }) active?: boolean;
}
