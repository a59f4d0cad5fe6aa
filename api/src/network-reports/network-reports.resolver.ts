import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { crudResolver } from '../shared/crud.resolver';
import { validationFailed, violation } from '../shared/errors';
import { DateScalar, type IsoDate, today } from '../shared/scalars';
import { NetworkReportKind, PresentationBody } from './enums';
import { NetworkReport } from './network-report.entity';
import { citation, presentationBody, reportPeriod } from './network-reports.rules';
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
  @FieldResolver(() => DateScalar, { description: 'First day of the period the report covers.' })
  periodFrom(@Root() report: NetworkReport) {
    return reportPeriod(report.year, report.quarter).from;
  }

  @FieldResolver(() => DateScalar, { description: 'Last day of the period the report covers.' })
  periodTo(@Root() report: NetworkReport) {
    return reportPeriod(report.year, report.quarter).to;
  }

  @FieldResolver(() => PresentationBody, {
    nullable: true,
    description: 'The body it was presented to: the CHSCT until 2022, the F3SCT from 2023 (by the presentation’s date).',
  })
  presentationBody(@Root() report: NetworkReport) {
    return presentationBody(report.presentedOn);
  }

  @FieldResolver(() => [ReportFigure], {
    description: 'The period’s figures, computed from the registry (aggregates only, never a social case).',
  })
  figures(@Root() report: NetworkReport, @Ctx() ctx: Context) {
    return reportFigures(ctx, report);
  }

  @Query(() => [MissingNetworkReport], {
    description: 'Posts that owe a report for the period (held during it) and had not handed it in by the date [004 §II.1–3].',
  })
  missingNetworkReports(
    @Arg('kind', () => NetworkReportKind, { description: 'Le rapport dont on cherche les manquants.' }) kind: NetworkReportKind,
    @Arg('year', () => Int, { description: 'Année de la période.' }) year: number,
    @Arg('quarter', () => Int, { nullable: true, description: 'For CTR_QUARTERLY: 1 to 4.' }) quarter: number | undefined,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Reports handed in by this date count (default today).' })
    asOf: IsoDate | undefined,
    @Ctx() ctx: Context,
  ) {
    if (kind === NetworkReportKind.CTR_QUARTERLY && (!quarter || quarter < 1 || quarter > 4)) {
      throw validationFailed([
        violation(
          'quarter',
          'NETWORK_REPORT_QUARTER',
          `Le bilan du conseiller technique régional est trimestriel : indiquez le trimestre (1 à 4) [${citation(kind)}].`,
        ),
      ]);
    }
    return missingReports(ctx, kind, year, quarter ?? null, asOf ?? today());
  }
}
