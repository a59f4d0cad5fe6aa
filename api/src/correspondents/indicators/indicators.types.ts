import { Field, Int, ObjectType } from 'type-graphql';
import { Agent } from '../../referential/agent.entity';
import { Department } from '../../referential/department.entity';
import { Service } from '../../referential/service.entity';
import { RefField } from '../../shared/ref-field';
import { DateScalar, type IsoDate } from '../../shared/scalars';
import { Appointment } from '../appointments/appointment.entity';
import { DesignatingAuthority } from '../../referential/enums';
import { BrokenConditionReason, MeetingWindow } from '../enums';
import { ImplantationMap } from '../maps/implantation-map.entity';

@ObjectType({ description: 'Un service d’une carte adoptée : correspondants requis, nommés (en cours) et effectifs (lettre signée).' })
export class CoverageEntry {
  @RefField(() => Service, { description: 'Le service de la carte.' }) service!: Service;
  @Field(() => Int, { description: 'Nombre de correspondants requis par la carte.' }) required!: number;
  @Field(() => Int, { description: 'Les nominations en cours à la date qui couvrent le service.' }) appointed!: number;
  @Field(() => Int, { description: 'Dont effectives : lettre de mission entièrement signée à la date.' }) effective!: number;
  @Field(() => Int, { description: 'Effective correspondents still missing.' }) missing!: number;
}

@ObjectType({ description: 'La couverture d’une carte adoptée en vigueur à une date.' })
export class MapCoverage {
  @RefField(() => ImplantationMap, { description: 'La carte adoptée en vigueur.' }) map!: ImplantationMap;
  @RefField(() => Department, { description: 'Le département de la carte.', nullable: true }) department!: Department | null;
  @Field(() => Int, { description: 'Nombre de correspondants requis par la carte.' }) required!: number;
  @Field(() => Int, { description: 'Nombre de correspondants nommés (nominations en cours).' }) appointed!: number;
  @Field(() => Int, { description: 'Nombre de correspondants effectifs (lettre de mission signée).' }) effective!: number;
  @Field(() => Int, { description: 'Les services qui ont moins de correspondants effectifs que requis.' }) uncoveredCount!: number;
  @Field(() => [CoverageEntry], { description: 'La couverture de chaque service de la carte.' }) entries!: CoverageEntry[];
  @Field(() => [CoverageEntry], { description: 'Les lignes où manquent des correspondants.' }) uncovered!: CoverageEntry[];
}

@ObjectType({ description: 'Un correspondant (une nomination en cours) que désigne un indicateur.' })
export class CorrespondentAlert {
  @RefField(() => Appointment, { description: 'La nomination concernée.' }) appointment!: Appointment;
  @RefField(() => Agent, { description: 'L’agent correspondant concerné.' }) agent!: Agent;
  @RefField(() => Department, { description: 'Le département du correspondant.', nullable: true }) department!: Department | null;
  @Field(() => BrokenConditionReason, { nullable: true, description: 'Pour une condition rompue : laquelle.' })
  reason!: BrokenConditionReason | null;
  @Field(() => String, { nullable: true, description: 'L’objet de l’alerte, en français.' }) detail!: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'La date à laquelle se rapporte l’alerte (par exemple la déclaration de la mobilité).',
  })
  date!: IsoDate | null;
}

@ObjectType({
  description:
    'Un département ayant une carte adoptée et aucune réunion d’information dans la période [001 §2.5] (voir `perimetersWithoutInformationMeeting`, qui examine aussi l’administration centrale).',
})
export class DepartmentMeetingAlert {
  @RefField(() => Department, { description: 'Le département sans réunion d’information dans la période.' }) department!: Department;
  @Field(() => DateScalar, { nullable: true, description: 'La dernière réunion tenue à la date ou avant, s’il y en a une.' })
  lastMeeting!: IsoDate | null;
}

@ObjectType({
  description:
    'Un périmètre (un département, ou un périmètre central) dont les correspondants n’ont eu aucune réunion d’information dans la période [001 §2.5].',
})
export class MeetingAlert {
  @RefField(() => Department, { nullable: true, description: 'Vide pour un périmètre central.' }) department!: Department | null;
  @Field(() => DesignatingAuthority, {
    nullable: true,
    description: 'Le périmètre central (SG, DRHFSPN, gendarmerie) ; vide pour un département.',
  })
  authority!: DesignatingAuthority | null;
  @Field(() => DateScalar, { nullable: true, description: 'La dernière réunion tenue à la date ou avant, s’il y en a une.' })
  lastMeeting!: IsoDate | null;
  @Field(() => MeetingWindow, { description: 'La période examinée [001 §2.5].' }) window!: MeetingWindow;
  @Field(() => DateScalar, { description: 'Premier jour de la période examinée.' }) from!: IsoDate;
  @Field(() => DateScalar, { description: 'Dernier jour de la période examinée.' }) to!: IsoDate;
}

@ObjectType({
  description: 'Les chiffres de l’activité des correspondants sur une année (agrégats seulement, aucune donnée personnelle) [001 §2.7].',
})
export class ActivityFigures {
  @Field(() => Int, { description: 'L’année des chiffres.' }) year!: number;
  @Field(() => Int, { description: 'Les services de la carte en vigueur au 31 décembre.' }) mapServices!: number;
  @Field(() => Int, { description: 'Correspondants requis par les cartes adoptées.' }) requiredCorrespondents!: number;
  @Field(() => Int, { description: 'Les nominations en cours au 31 décembre.' }) correspondents!: number;
  @Field(() => Int, { description: 'Dont effectives (lettre signée).' }) effectiveCorrespondents!: number;
  @Field(() => Int, { description: 'Les services de la carte sans correspondant effectif au 31 décembre.' }) uncoveredServices!: number;
  @Field(() => Int, { description: 'Candidatures déposées dans l’année.' }) candidaciesFiled!: number;
  @Field(() => Int, { description: 'Nominations prononcées dans l’année.' }) appointmentsMade!: number;
  @Field(() => Int, { description: 'Nominations terminées dans l’année.' }) appointmentsEnded!: number;
  @Field(() => Int, { description: 'Formations initiales suivies dans l’année.' }) initialTrainings!: number;
  @Field(() => Int, { description: 'Formations continues suivies dans l’année.' }) continuingTrainings!: number;
  @Field(() => Int, { description: 'Réunions d’information tenues dans l’année.' }) informationMeetings!: number;
  @Field(() => Int, { description: 'Présences aux réunions d’information de l’année.' }) meetingAttendances!: number;
  @Field(() => Int, { description: 'Comptes rendus de terrain de l’année.' }) fieldReports!: number;
  @Field(() => Int, { description: 'Difficultés signalées dans les comptes rendus de terrain de l’année.' }) difficultiesReported!: number;
  @Field(() => Int, { description: 'Présences aux séances de commission de l’année.' }) sessionAttendances!: number;
}

@ObjectType({ description: 'Les chiffres d’un département pour une année.' })
export class DepartmentActivity {
  @RefField(() => Department, { description: 'Le département.' }) department!: Department;
  @Field(() => ActivityFigures, { description: 'Les chiffres du département pour l’année.' }) figures!: ActivityFigures;
}

@ObjectType({ description: 'La synthèse nationale des rapports annuels : la somme des chiffres de chaque département [001 §2.7].' })
export class NationalSynthesis {
  @Field(() => Int, { description: 'L’année de la synthèse.' }) year!: number;
  @Field(() => ActivityFigures, { description: 'La somme des chiffres de tous les départements.' }) totals!: ActivityFigures;
  @Field(() => [DepartmentActivity], { description: 'Les chiffres de chaque département.' }) departments!: DepartmentActivity[];
}
