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
  @RefField(() => Service) service!: Service;
  @Field(() => Int) required!: number;
  @Field(() => Int, { description: 'Appointments running on the date that cover the service.' }) appointed!: number;
  @Field(() => Int, { description: 'Of which effective: mission letter fully signed on the date.' }) effective!: number;
  @Field(() => Int, { description: 'Effective correspondents still missing.' }) missing!: number;
}

@ObjectType({ description: 'The coverage of an adopted map in force on a date.' })
export class MapCoverage {
  @RefField(() => ImplantationMap) map!: ImplantationMap;
  @RefField(() => Department, { nullable: true }) department!: Department | null;
  @Field(() => Int) required!: number;
  @Field(() => Int) appointed!: number;
  @Field(() => Int) effective!: number;
  @Field(() => Int, { description: 'Services with fewer effective correspondents than required.' }) uncoveredCount!: number;
  @Field(() => [CoverageEntry]) entries!: CoverageEntry[];
  @Field(() => [CoverageEntry], { description: 'The entries with missing correspondents.' }) uncovered!: CoverageEntry[];
}

@ObjectType({ description: 'A correspondent (a running appointment) an indicator points at.' })
export class CorrespondentAlert {
  @RefField(() => Appointment) appointment!: Appointment;
  @RefField(() => Agent) agent!: Agent;
  @RefField(() => Department, { nullable: true }) department!: Department | null;
  @Field(() => BrokenConditionReason, { nullable: true, description: 'For broken conditions: which one.' }) reason!: BrokenConditionReason | null;
  @Field(() => String, { nullable: true, description: 'What the alert is about, in French.' }) detail!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The date the alert refers to (e.g. the mobility plan’s declaration).' }) date!: IsoDate | null;
}

@ObjectType({ description: 'A department with an adopted map and no information meeting in the window [001 §2.5] (see `perimetersWithoutInformationMeeting`, which also checks central administration).' })
export class DepartmentMeetingAlert {
  @RefField(() => Department) department!: Department;
  @Field(() => DateScalar, { nullable: true, description: 'The last meeting held on or before the date, if any.' }) lastMeeting!: IsoDate | null;
}

@ObjectType({ description: 'A perimeter (a department, or a central perimeter) whose correspondents had no information meeting in the window [001 §2.5].' })
export class MeetingAlert {
  @RefField(() => Department, { nullable: true, description: 'Null for a central perimeter.' }) department!: Department | null;
  @Field(() => DesignatingAuthority, { nullable: true, description: 'The central perimeter (SG, DRHFSPN, gendarmerie); null for a department.' }) authority!: DesignatingAuthority | null;
  @Field(() => DateScalar, { nullable: true, description: 'The last meeting held on or before the date, if any.' }) lastMeeting!: IsoDate | null;
  @Field(() => MeetingWindow) window!: MeetingWindow;
  @Field(() => DateScalar, { description: 'First day of the window looked at.' }) from!: IsoDate;
  @Field(() => DateScalar, { description: 'Last day of the window looked at.' }) to!: IsoDate;
}

@ObjectType({ description: 'The figures of the correspondents’ activity over a year (aggregates only, no personal data) [001 §2.7].' })
export class ActivityFigures {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Services on the map in force on 31 December.' }) mapServices!: number;
  @Field(() => Int) requiredCorrespondents!: number;
  @Field(() => Int, { description: 'Appointments running on 31 December.' }) correspondents!: number;
  @Field(() => Int, { description: 'Of which effective (letter signed).' }) effectiveCorrespondents!: number;
  @Field(() => Int, { description: 'Services of the map with no effective correspondent on 31 December.' }) uncoveredServices!: number;
  @Field(() => Int) candidaciesFiled!: number;
  @Field(() => Int) appointmentsMade!: number;
  @Field(() => Int) appointmentsEnded!: number;
  @Field(() => Int) initialTrainings!: number;
  @Field(() => Int) continuingTrainings!: number;
  @Field(() => Int) informationMeetings!: number;
  @Field(() => Int) meetingAttendances!: number;
  @Field(() => Int) fieldReports!: number;
  @Field(() => Int) difficultiesReported!: number;
  @Field(() => Int) sessionAttendances!: number;
}

@ObjectType({ description: 'A department’s figures for a year.' })
export class DepartmentActivity {
  @RefField(() => Department) department!: Department;
  @Field(() => ActivityFigures) figures!: ActivityFigures;
}

@ObjectType({ description: 'The national synthesis of the annual reports: the sum of every department’s figures [001 §2.7].' })
export class NationalSynthesis {
  @Field(() => Int) year!: number;
  @Field(() => ActivityFigures) totals!: ActivityFigures;
  @Field(() => [DepartmentActivity]) departments!: DepartmentActivity[];
}
