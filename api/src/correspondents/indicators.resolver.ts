import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { forbidden } from '../access/access';
import { isRestricted } from '../access/policy';
import { inDepartments } from '../access/scope';
import type { Context } from '../context';
import { DateScalar, type IsoDate, today } from '../shared/scalars';
import { MeetingWindow } from './enums';
import { brokenConditions, coverageRows, mobilityAfterAppointment, withoutInitialTraining, withoutSignedLetter } from './indicators.repository';
import { meetingAlerts, nationalSynthesis, toAlerts, toCoverage } from './indicators.service';
import { CorrespondentAlert, DepartmentMeetingAlert, MapCoverage, MeetingAlert, NationalSynthesis } from './indicators.types';

const AS_OF = { nullable: true, description: 'The state as of this date (default today).' };
const DEPARTMENT = { nullable: true, description: 'Only this department.' };

/** The indicators of the correspondents' network (DOMAIN.md §4, derived facts), each one SQL aggregate, as of any date, over the caller's departments. */
@Resolver()
export class IndicatorsResolver {
  @Query(() => [MapCoverage], { description: 'Coverage of each adopted map in force: required vs appointed per service, uncovered services.' })
  async mapCoverage(@Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined, @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined, @Ctx() ctx: Context) {
    return toCoverage(ctx, await inDepartments(ctx.access, await coverageRows(ctx.em, asOf ?? today(), departmentId ?? null)));
  }

  @Query(() => [CorrespondentAlert], { description: 'Correspondents with no initial training completed [001 art. 6].' })
  async correspondentsWithoutInitialTraining(@Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined, @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined, @Ctx() ctx: Context) {
    return toAlerts(ctx, await inDepartments(ctx.access, await withoutInitialTraining(ctx.em, asOf ?? today(), departmentId ?? null)));
  }

  @Query(() => [CorrespondentAlert], { description: 'Running appointments without a fully signed mission letter: not effective [000].' })
  async appointmentsWithoutSignedLetter(@Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined, @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined, @Ctx() ctx: Context) {
    return toAlerts(ctx, await inDepartments(ctx.access, await withoutSignedLetter(ctx.em, asOf ?? today(), departmentId ?? null)));
  }

  @Query(() => [CorrespondentAlert], { description: 'Correspondents whose conditions broke (became a CLAS member, left the service, no longer in post), with the reason.' })
  async brokenConditions(@Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined, @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined, @Ctx() ctx: Context) {
    return toAlerts(ctx, await inDepartments(ctx.access, await brokenConditions(ctx.em, asOf ?? today(), departmentId ?? null)));
  }

  @Query(() => [CorrespondentAlert], { description: 'Correspondents with a mobility plan declared after their filing (not in its snapshot) and still ahead on the date: a continuity warning.' })
  async mobilityPlansAfterAppointment(@Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined, @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined, @Ctx() ctx: Context) {
    // Who plans to move is personal data the analyst and partner roles do not read (DOMAIN.md §1).
    if (isRestricted(ctx.access.role, 'Agent', 'mobilityPlanDate')) throw forbidden('mobilityPlanDate', 'Les projets de mobilité ne sont pas accessibles à votre rôle.');
    return toAlerts(ctx, await inDepartments(ctx.access, await mobilityAfterAppointment(ctx.em, asOf ?? today(), departmentId ?? null)));
  }

  @Query(() => [MeetingAlert], { description: 'Perimeters with a map in force — departments and central administration’s — whose correspondents had no information meeting in the window (default: the `INFORMATION_MEETING_WINDOW` setting) [001 §2.5].' })
  async perimetersWithoutInformationMeeting(
    @Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined,
    @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined,
    @Arg('window', () => MeetingWindow, { nullable: true, description: 'Default: the `INFORMATION_MEETING_WINDOW` setting (LAST_12_MONTHS).' }) window: MeetingWindow | undefined,
    @Ctx() ctx: Context,
  ) {
    return meetingAlerts(ctx, asOf ?? today(), departmentId ?? null, window ?? ctx.config.informationMeetingWindow ?? MeetingWindow.LAST_12_MONTHS);
  }

  @Query(() => [DepartmentMeetingAlert], { deprecationReason: 'Use perimetersWithoutInformationMeeting (central administration too, configurable window).', description: 'Departments with a map in force and no information meeting in the configured window [001 §2.5].' })
  async departmentsWithoutInformationMeeting(@Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined, @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined, @Ctx() ctx: Context) {
    const alerts = await meetingAlerts(ctx, asOf ?? today(), departmentId ?? null, ctx.config.informationMeetingWindow ?? MeetingWindow.LAST_12_MONTHS);
    return alerts.filter((a) => a.department).map((a) => Object.assign(new DepartmentMeetingAlert(), { department: a.department, lastMeeting: a.lastMeeting }));
  }

  @Query(() => NationalSynthesis, { description: 'The national synthesis of a year: every department’s figures and their sum [001 §2.7].' })
  nationalSynthesis(@Arg('year', () => Int, { description: 'L’année de la synthèse.' }) year: number, @Ctx() ctx: Context) {
    return nationalSynthesis(ctx, year);
  }
}
