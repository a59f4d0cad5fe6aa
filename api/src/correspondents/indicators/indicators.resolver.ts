import { DateTimeResolver } from 'graphql-scalars';
import { RECORDED_AT } from '../../shared/history/recorded';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { forbidden } from '../../access/access';
import { isRestricted } from '../../access/policy';
import { inDepartments } from '../../access/scope';
import type { Context } from '../../context';
import { DateScalar, type IsoDate, today } from '../../shared/scalars';
import { MeetingWindow } from '../enums';
import {
  brokenConditions,
  coverageRows,
  mobilityAfterAppointment,
  withoutInitialTraining,
  withoutSignedLetter,
} from './indicators.repository';
import { meetingAlerts, nationalSynthesis, toAlerts, toCoverage } from './indicators.service';
import { CorrespondentAlert, DepartmentMeetingAlert, MapCoverage, MeetingAlert, NationalSynthesis } from './indicators.types';

const AS_OF = { nullable: true, description: 'L’état à cette date (par défaut : aujourd’hui).' };
const DEPARTMENT = { nullable: true, description: 'Seulement ce département.' };

/** The indicators of the correspondents' network (DOMAIN.md §4, derived facts), each one SQL aggregate, as of any date, over the caller's departments. */
@Resolver()
export class IndicatorsResolver {
  @Query(() => [MapCoverage], {
    description: 'La couverture de chaque carte adoptée en vigueur : requis et nommés par service, services non couverts.',
  })
  async mapCoverage(
    @Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined,
    @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return toCoverage(ctx, await inDepartments(ctx.access, await coverageRows(ctx.em, asOf ?? today(), departmentId ?? null)));
  }

  @Query(() => [CorrespondentAlert], { description: 'Les correspondants sans formation initiale achevée [001 art. 6].' })
  async correspondentsWithoutInitialTraining(
    @Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined,
    @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return toAlerts(ctx, await inDepartments(ctx.access, await withoutInitialTraining(ctx.em, asOf ?? today(), departmentId ?? null)));
  }

  @Query(() => [CorrespondentAlert], {
    description: 'Les nominations en cours sans lettre de mission entièrement signée : pas effectives [000].',
  })
  async appointmentsWithoutSignedLetter(
    @Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined,
    @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return toAlerts(ctx, await inDepartments(ctx.access, await withoutSignedLetter(ctx.em, asOf ?? today(), departmentId ?? null)));
  }

  @Query(() => [CorrespondentAlert], {
    description:
      'Les correspondants qui ne remplissent plus une condition (devenus membres de la CLAS, partis du service, plus en poste), avec le motif.',
  })
  async brokenConditions(
    @Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined,
    @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return toAlerts(ctx, await inDepartments(ctx.access, await brokenConditions(ctx.em, asOf ?? today(), departmentId ?? null)));
  }

  @Query(() => [CorrespondentAlert], {
    description:
      'Les correspondants dont une mobilité a été déclarée après le dépôt (absente de son instantané) et toujours à venir à la date : un avertissement de continuité.',
  })
  async mobilityPlansAfterAppointment(
    @Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined,
    @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    // Who plans to move is personal data the analyst and partner roles do not read (DOMAIN.md §1).
    if (isRestricted(ctx.access.role, 'Agent', 'mobilityPlanDate'))
      throw forbidden('mobilityPlanDate', 'Les projets de mobilité ne sont pas accessibles à votre rôle.');
    return toAlerts(ctx, await inDepartments(ctx.access, await mobilityAfterAppointment(ctx.em, asOf ?? today(), departmentId ?? null)));
  }

  @Query(() => [MeetingAlert], {
    description:
      'Les périmètres ayant une carte en vigueur — départements et administration centrale — dont les correspondants n’ont eu aucune réunion d’information dans la période (par défaut : le réglage `INFORMATION_MEETING_WINDOW`) [001 §2.5].',
  })
  async perimetersWithoutInformationMeeting(
    @Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined,
    @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined,
    @Arg('window', () => MeetingWindow, {
      nullable: true,
      description: 'Par défaut : le réglage `INFORMATION_MEETING_WINDOW` (LAST_12_MONTHS).',
    })
    window: MeetingWindow | undefined,
    @Ctx() ctx: Context,
  ) {
    return meetingAlerts(
      ctx,
      asOf ?? today(),
      departmentId ?? null,
      window ?? ctx.config.informationMeetingWindow ?? MeetingWindow.LAST_12_MONTHS,
    );
  }

  @Query(() => [DepartmentMeetingAlert], {
    deprecationReason: 'Use perimetersWithoutInformationMeeting (central administration too, configurable window).',
    description: 'Les départements ayant une carte en vigueur et aucune réunion d’information dans la période configurée [001 §2.5].',
  })
  async departmentsWithoutInformationMeeting(
    @Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined,
    @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    const alerts = await meetingAlerts(
      ctx,
      asOf ?? today(),
      departmentId ?? null,
      ctx.config.informationMeetingWindow ?? MeetingWindow.LAST_12_MONTHS,
    );
    return alerts
      .filter((a) => a.department)
      .map((a) => Object.assign(new DepartmentMeetingAlert(), { department: a.department, lastMeeting: a.lastMeeting }));
  }

  @Query(() => NationalSynthesis, {
    description: 'La synthèse nationale d’une année : les chiffres de chaque département et leur somme [001 §2.7].',
  })
  nationalSynthesis(
    @Arg('year', () => Int, { description: 'L’année de la synthèse.' }) year: number,
    @Arg('recordedAt', () => DateTimeResolver, { nullable: true, description: RECORDED_AT }) recordedAt: Date | undefined,
    @Ctx() ctx: Context,
  ) {
    return nationalSynthesis(ctx, year, recordedAt);
  }
}
