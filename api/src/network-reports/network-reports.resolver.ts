import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { crudResolver } from '../shared/crud.resolver';
import { validationFailed } from '../shared/errors';
import { DateScalar, type IsoDate, today } from '../shared/scalars';
import { NetworkReportKind, PresentationBody } from './enums';
import { NetworkReport } from './network-report.entity';
import { periodRules, presentationBody, reportPeriod } from './network-reports.rules';
import { missingReports, networkReports, reportFigures } from './network-reports.service';
import { MissingNetworkReport, NetworkReportFilter, NetworkReportInput, ReportFigure } from './network-reports.types';

@Resolver(() => NetworkReport)
export class NetworkReportResolver extends crudResolver(
  { type: 'NetworkReport', plural: 'networkReports' },
  NetworkReport,
  NetworkReportInput,
  NetworkReportFilter,
  networkReports,
) {
  @FieldResolver(() => DateScalar, { description: 'Premier jour de la période couverte par le rapport.' })
  periodFrom(@Root() report: NetworkReport) {
    return reportPeriod(report.year, report.quarter).from;
  }

  @FieldResolver(() => DateScalar, { description: 'Dernier jour de la période couverte par le rapport.' })
  periodTo(@Root() report: NetworkReport) {
    return reportPeriod(report.year, report.quarter).to;
  }

  @FieldResolver(() => PresentationBody, {
    nullable: true,
    description:
      'L’instance devant laquelle il a été présenté : le CHSCT jusqu’en 2022, la F3SCT à partir de 2023 (selon la date de présentation).',
  })
  presentationBody(@Root() report: NetworkReport) {
    return presentationBody(report.presentedOn);
  }

  @FieldResolver(() => [ReportFigure], {
    description: 'Les chiffres de la période, calculés à partir du registre (agrégats seulement, jamais une situation individuelle).',
  })
  figures(@Root() report: NetworkReport, @Ctx() ctx: Context) {
    return reportFigures(ctx, report);
  }

  @Query(() => [MissingNetworkReport], {
    description:
      'Les postes qui doivent un rapport pour la période (tenus pendant celle-ci) et ne l’avaient pas remis à la date [004 §II.1–3].',
  })
  missingNetworkReports(
    @Arg('kind', () => NetworkReportKind, { description: 'Le rapport dont on cherche les manquants.' }) kind: NetworkReportKind,
    @Arg('year', () => Int, { description: 'Année de la période.' }) year: number,
    @Arg('quarter', () => Int, { nullable: true, description: 'Pour le bilan trimestriel du CTR : 1 à 4.' }) quarter: number | undefined,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Les rapports remis à cette date au plus tard comptent (par défaut : aujourd’hui, jour de Paris).',
    })
    asOf: IsoDate | undefined,
    @Ctx() ctx: Context,
  ) {
    // An impossible period is refused in French before it reaches the SQL (a year 99999 is no date).
    const refused = periodRules(kind, year, quarter);
    if (refused.length) throw validationFailed(refused);
    return missingReports(ctx, kind, year, quarter ?? null, asOf ?? today());
  }
}
