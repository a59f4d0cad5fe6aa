import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { crudResolver } from '../../shared/crud.resolver';
import { allowedActions } from '../../shared/workflow/workflow';
import { annualReports, fieldReports, informationMeetingAttendances, informationMeetings, trainings } from './activity.service';
import { AnnualReport } from './annual-report.entity';
import {
  AnnualReportFilter,
  AnnualReportInput,
  FieldReportFilter,
  FieldReportInput,
  InformationMeetingAttendanceFilter,
  InformationMeetingAttendanceInput,
  InformationMeetingFilter,
  InformationMeetingInput,
  TrainingFilter,
  TrainingInput,
} from '../correspondents.types';
import { FieldReport } from '../follow-up/field-report.entity';
import { ActivityFigures } from './indicators.types';
import { activityOf } from './indicators.service';
import { InformationMeeting, InformationMeetingAttendance } from '../follow-up/information-meeting.entity';
import { Training } from '../follow-up/training.entity';
import { annualReportMachine } from '../workflow.rules';
import { WorkflowStepEnum } from '../../shared/workflow/steps';

@Resolver(() => Training)
export class TrainingResolver extends crudResolver(
  { type: 'Training', plural: 'trainings' },
  Training,
  TrainingInput,
  TrainingFilter,
  trainings,
) {}

@Resolver(() => InformationMeeting)
export class InformationMeetingResolver extends crudResolver(
  { type: 'InformationMeeting', plural: 'informationMeetings' },
  InformationMeeting,
  InformationMeetingInput,
  InformationMeetingFilter,
  informationMeetings,
) {
  @FieldResolver(() => [InformationMeetingAttendance], { description: 'Les présences à la réunion.' })
  attendances(@Root() meeting: InformationMeeting, @Ctx() ctx: Context) {
    return ctx.loaders.children(InformationMeetingAttendance, 'meeting', meeting.id);
  }
}

@Resolver(() => InformationMeetingAttendance)
export class InformationMeetingAttendanceResolver extends crudResolver(
  { type: 'InformationMeetingAttendance', plural: 'informationMeetingAttendances' },
  InformationMeetingAttendance,
  InformationMeetingAttendanceInput,
  InformationMeetingAttendanceFilter,
  informationMeetingAttendances,
) {}

@Resolver(() => FieldReport)
export class FieldReportResolver extends crudResolver(
  { type: 'FieldReport', plural: 'fieldReports' },
  FieldReport,
  FieldReportInput,
  FieldReportFilter,
  fieldReports,
) {}

@Resolver(() => AnnualReport)
export class AnnualReportResolver extends crudResolver(
  { type: 'AnnualReport', plural: 'annualReports' },
  AnnualReport,
  AnnualReportInput,
  AnnualReportFilter,
  annualReports,
) {
  @FieldResolver(() => ActivityFigures, { description: 'Les chiffres de l’année, calculés à partir des données (agrégats seulement).' })
  activity(@Root() report: AnnualReport, @Ctx() ctx: Context) {
    return activityOf(ctx, report.year, report.department.id);
  }

  @FieldResolver(() => [WorkflowStepEnum], { description: 'Les actions permises depuis l’état actuel.' })
  allowedTransitions(@Root() report: AnnualReport) {
    return allowedActions(annualReportMachine, report.status);
  }
}

export const activityResolvers = [
  TrainingResolver,
  InformationMeetingResolver,
  InformationMeetingAttendanceResolver,
  FieldReportResolver,
  AnnualReportResolver,
] as const;
