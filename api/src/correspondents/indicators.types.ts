import { Field, Int, ObjectType } from 'type-graphql';
import { Agent } from '../referential/agent.entity';
import { Department } from '../referential/department.entity';
import { Service } from '../referential/service.entity';
import { RefField } from '../shared/ref-field';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { Appointment } from './appointment.entity';
import { DesignatingAuthority } from '../referential/enums';
import { BrokenConditionReason, MeetingWindow } from './enums';
import { ImplantationMap } from './implantation-map.entity';

@ObjectType({ description: 'A service of an adopted map: correspondents required, appointed (running), and effective (letter signed).' })
export class CoverageEntry {
  @RefField(() => Service, { description: 'Le service de la carte.' }) service!: Service;
  @Field(() => Int, { description: 'Nombre de correspondants requis par la carte.' }) required!: number;
  @Field(() => Int, { description: 'Appointments running on the date that cover the service.' }) appointed!: number;
  @Field(() => Int, { description: 'Of which effective: mission letter fully signed on the date.' }) effective!: number;
  @Field(() => Int, { description: 'Effective correspondents still missing.' }) missing!: number;
}

@ObjectType({ description: 'The coverage of an adopted map in force on a date.' })
export class MapCoverage {
  @RefField(() => ImplantationMap, { description: 'La carte adoptée en vigueur.' }) map!: ImplantationMap;
  @RefField(() => Department, { description: 'Le département de la carte.', nullable: true }) department!: Department | null;
  @Field(() => Int, { description: 'Nombre de correspondants requis par la carte.' }) required!: number;
  @Field(() => Int, { description: 'Nombre de correspondants nommés (nominations en cours).' }) appointed!: number;
  @Field(() => Int, { description: 'Nombre de correspondants effectifs (lettre de mission signée).' }) effective!: number;
  @Field(() => Int, { description: 'Services with fewer effective correspondents than required.' }) uncoveredCount!: number;
  @Field(() => [CoverageEntry], { description: 'La couverture de chaque service de la carte.' }) entries!: CoverageEntry[];
  @Field(() => [CoverageEntry], { description: 'The entries with missing correspondents.' }) uncovered!: CoverageEntry[];
}

@ObjectType({ description: 'A correspondent (a running appointment) an indicator points at.' })
export class CorrespondentAlert {
  @RefField(() => Appointment, { description: 'La nomination concernée.' }) appointment!: Appointment;
  @RefField(() => Agent, { description: 'L’agent correspondant concerné.' }) agent!: Agent;
  @RefField(() => Department, { description: 'Le département du correspondant.', nullable: true }) department!: Department | null;
  @Field(() => BrokenConditionReason, { nullable: true, description: 'For broken conditions: which one.' }) reason!: BrokenConditionReason | null;
  @Field(() => String, { nullable: true, description: 'What the alert is about, in French.' }) detail!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The date the alert refers to (e.g. the mobility plan’s declaration).' }) date!: IsoDate | null;
}

@ObjectType({ description: 'A department with an adopted map and no information meeting in the window [001 §2.5] (see `perimetersWithoutInformationMeeting`, which also checks central administration).' })
export class DepartmentMeetingAlert {
  @RefField(() => Department, { description: 'Le département sans réunion d’information dans la période.' }) department!: Department;
  @Field(() => DateScalar, { nullable: true, description: 'The last meeting held on or before the date, if any.' }) lastMeeting!: IsoDate | null;
}

@ObjectType({ description: 'A perimeter (a department, or a central perimeter) whose correspondents had no information meeting in the window [001 §2.5].' })
export class MeetingAlert {
  @RefField(() => Department, { nullable: true, description: 'Null for a central perimeter.' }) department!: Department | null;
  @Field(() => DesignatingAuthority, { nullable: true, description: 'The central perimeter (SG, DRHFSPN, gendarmerie); null for a department.' }) authority!: DesignatingAuthority | null;
  @Field(() => DateScalar, { nullable: true, description: 'The last meeting held on or before the date, if any.' }) lastMeeting!: IsoDate | null;
  @Field(() => MeetingWindow, { description: 'La période examinée [001 §2.5].' }) window!: MeetingWindow;
  @Field(() => DateScalar, { description: 'First day of the window looked at.' }) from!: IsoDate;
  @Field(() => DateScalar, { description: 'Last day of the window looked at.' }) to!: IsoDate;
}

@ObjectType({ description: 'The figures of the correspondents’ activity over a year (aggregates only, no personal data) [001 §2.7].' })
export class ActivityFigures {
  @Field(() => Int, { description: 'L’année des chiffres.' }) year!: number;
  @Field(() => Int, { description: 'Services on the map in force on 31 December.' }) mapServices!: number;
  @Field(() => Int, { description: 'Correspondants requis par les cartes adoptées.' }) requiredCorrespondents!: number;
  @Field(() => Int, { description: 'Appointments running on 31 December.' }) correspondents!: number;
  @Field(() => Int, { description: 'Of which effective (letter signed).' }) effectiveCorrespondents!: number;
  @Field(() => Int, { description: 'Services of the map with no effective correspondent on 31 December.' }) uncoveredServices!: number;
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

@ObjectType({ description: 'A department’s figures for a year.' })
export class DepartmentActivity {
  @RefField(() => Department, { description: 'Le département.' }) department!: Department;
  @Field(() => ActivityFigures, { description: 'Les chiffres du département pour l’année.' }) figures!: ActivityFigures;
}

@ObjectType({ description: 'The national synthesis of the annual reports: the sum of every department’s figures [001 §2.7].' })
export class NationalSynthesis {
  @Field(() => Int, { description: 'L’année de la synthèse.' }) year!: number;
  @Field(() => ActivityFigures, { description: 'La somme des chiffres de tous les départements.' }) totals!: ActivityFigures;
  @Field(() => [DepartmentActivity], { description: 'Les chiffres de chaque département.' }) departments!: DepartmentActivity[];
}
