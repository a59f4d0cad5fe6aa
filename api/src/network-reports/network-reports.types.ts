import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SocialWorkerPost } from '../network/social-worker-post.entity';
import { Department } from '../referential/department.entity';
import { RefField } from '../shared/ref-field';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { NetworkReportKind } from './enums';

@InputType()
export class NetworkReportInput {
  @Field(() => NetworkReportKind, { nullable: true }) kind?: NetworkReportKind;
  @Field(() => ID, { nullable: true }) postId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => Int, { nullable: true }) quarter?: number | null;
  @Field(() => DateScalar, { nullable: true }) submittedOn?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) presentedOn?: IsoDate | null;
  @Field(() => String, { nullable: true }) narrative?: string | null;
}

@InputType()
export class NetworkReportFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => NetworkReportKind, { nullable: true }) kind?: NetworkReportKind;
  @Field(() => ID, { nullable: true }) postId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => Int, { nullable: true }) quarter?: number;
}

@ObjectType({ description: 'Un chiffre d’un rapport, calculé à partir du registre : un agrégat, jamais une personne.' })
export class ReportFigure {
  @Field({ description: 'Clé stable du chiffre.' }) code!: string;
  @Field({ description: 'Libellé en français.' }) label!: string;
  @Field(() => Float, { description: 'Valeur du chiffre (un agrégat : un effectif, un nombre, une part).' }) value!: number;
}

@ObjectType({ description: 'Un poste qui doit un rapport pour la période et ne l’a pas remis à la date [004 §II.1–3].' })
export class MissingNetworkReport {
  @Field(() => NetworkReportKind, { description: 'Le rapport attendu.' }) kind!: NetworkReportKind;
  @RefField(() => SocialWorkerPost, { description: 'Le poste qui doit le rapport.' }) post!: SocialWorkerPost;
  @RefField(() => Department, {
    nullable: true,
    description: 'Le département de la résidence du poste (null pour l’administration centrale).',
  })
  department!: Department | null;
  @Field(() => Int, { description: 'Année de la période.' }) year!: number;
  @Field(() => Int, { nullable: true, description: 'Trimestre (1 à 4) pour le bilan trimestriel du CTR ; null sinon.' }) quarter!:
    number | null;
  @Field(() => DateScalar, { description: 'Premier jour de la période.' }) periodFrom!: IsoDate;
  @Field(() => DateScalar, { description: 'Dernier jour de la période.' }) periodTo!: IsoDate;
}
