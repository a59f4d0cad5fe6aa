import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RECORDED_AT } from '../shared/history/recorded';
import type { Context } from '../context';
import { nationalSynthesis } from '../correspondents/indicators/indicators.service';
import { NationalSynthesis } from '../correspondents/indicators/indicators.types';
import { crudResolver } from '../shared/crud.resolver';
import { allowedActions } from '../shared/workflow/workflow';
import { NationalSynthesisReport } from './national-synthesis-report.entity';
import { nationalSynthesisMachine } from './national-synthesis.rules';
import { nationalSynthesisReports } from './national-synthesis.service';
import { NationalSynthesisReportFilter, NationalSynthesisReportInput } from './national-synthesis.types';
import { WorkflowStepEnum } from '../shared/workflow/steps';

@Resolver(() => NationalSynthesisReport)
export class NationalSynthesisReportResolver extends crudResolver(
  { type: 'NationalSynthesisReport', plural: 'nationalSynthesisReports' },
  NationalSynthesisReport,
  NationalSynthesisReportInput,
  NationalSynthesisReportFilter,
  nationalSynthesisReports,
) {
  @FieldResolver(() => NationalSynthesis, {
    description: 'Les chiffres de l’année, calculés à partir des données : ceux de chaque département et leur somme (agrégats seulement).',
  })
  figures(
    @Root() report: NationalSynthesisReport,
    @Arg('recordedAt', () => DateTimeResolver, { nullable: true, description: RECORDED_AT }) recordedAt: Date | undefined,
    @Ctx() ctx: Context,
  ) {
    return nationalSynthesis(ctx, report.year, recordedAt);
  }

  @FieldResolver(() => [WorkflowStepEnum], { description: 'Les actions permises depuis le statut actuel.' })
  allowedTransitions(@Root() report: NationalSynthesisReport) {
    return allowedActions(nationalSynthesisMachine, report.status);
  }
}
