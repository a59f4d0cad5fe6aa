import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Opinion } from '../commissions/opinion.entity';
import type { Context } from '../context';
import { Service } from '../referential/service.entity';
import { crudResolver } from '../shared/crud.resolver';
import { Violation } from '../shared/errors';
import { DateScalar, type IsoDate, today } from '../shared/scalars';
import { StatusChange } from '../shared/workflow/status-change.entity';
import { statusHistory } from '../shared/workflow/status-history';
import { allowedActions } from '../shared/workflow/workflow';
import { Appointment } from './appointments/appointment.entity';
import { servicesOf } from './appointments/appointment.service';
import { CandidateCall } from './candidacies/candidate-call.entity';
import { Candidacy } from './candidacies/candidacy.entity';
import { candidacies } from './candidacies/candidacy.service';
import { appointCandidate, giveHeadOpinion, notSelectCandidacy, withdrawCandidacy } from './candidacies/candidacy.workflow';
import {
  AdoptImplantationMapInput,
  AppointCandidateInput,
  CandidacyFilter,
  CandidacyInput,
  CandidateCallFilter,
  CandidateCallInput,
  CloseCandidacyInput,
  HeadOpinionInput,
  ImplantationMapEntryFilter,
  ImplantationMapEntryInput,
  ImplantationMapFilter,
  ImplantationMapInput,
  RecordOpinionInput,
  RegimeFilter,
  RegimeInput,
} from './correspondents.types';
import { eligibilityOn } from './candidacies/eligibility.repository';
import { ImplantationMapEntry } from './maps/implantation-map-entry.entity';
import { ImplantationMap } from './maps/implantation-map.entity';
import { candidateCalls, implantationMapEntries, implantationMaps } from './maps/implantation-map.service';
import { adoptImplantationMap, reviseImplantationMap, submitImplantationMap } from './maps/implantation-map.workflow';
import { recordOpinion } from './opinion.workflow';
import { Regime } from './appointments/regime.entity';
import { regimes } from './appointments/regime.service';
import { candidacyMachine, implantationMapMachine } from './workflow.rules';
import { WorkflowStepEnum } from '../shared/workflow/steps';

const TRANSITIONS = { description: 'Les actions permises depuis l’état actuel (d’après la table de la machine à états).' };

@Resolver(() => Regime)
export class RegimeResolver extends crudResolver({ type: 'Regime', plural: 'regimes' }, Regime, RegimeInput, RegimeFilter, regimes) {}

@Resolver(() => ImplantationMap)
export class ImplantationMapResolver extends crudResolver(
  { type: 'ImplantationMap', plural: 'implantationMaps' },
  ImplantationMap,
  ImplantationMapInput,
  ImplantationMapFilter,
  implantationMaps,
) {
  @FieldResolver(() => [ImplantationMapEntry])
  entries(@Root() map: ImplantationMap, @Ctx() ctx: Context) {
    return ctx.loaders.children(ImplantationMapEntry, 'map', map.id, {}, { id: 'asc' }, ['service']);
  }

  @FieldResolver(() => [WorkflowStepEnum], TRANSITIONS)
  allowedTransitions(@Root() map: ImplantationMap) {
    return allowedActions(implantationMapMachine, map.status);
  }

  @FieldResolver(() => [StatusChange], { description: 'Les changements d’état de la carte, du plus ancien au plus récent.' })
  statusHistory(@Root() map: ImplantationMap, @Ctx() ctx: Context) {
    return statusHistory(ctx, 'ImplantationMap', map.id);
  }

  @Mutation(() => ImplantationMap, { description: 'DRAFT → SUBMITTED : soumise à une séance de la CLAS compétente [001 §2.1].' })
  submitImplantationMap(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('sessionId', () => ID, { description: 'La séance de commission à laquelle la carte est soumise.' }) sessionId: string,
    @Arg('on', () => DateScalar, { nullable: true, description: 'Date de la soumission (par défaut : aujourd’hui).' })
    on: IsoDate | undefined,
    @Ctx() ctx: Context,
  ) {
    return submitImplantationMap(ctx, id, version, sessionId, on);
  }

  @Mutation(() => ImplantationMap, { description: 'Avis rendu → adoptée par arrêté ; remplace la révision précédente.' })
  adoptImplantationMap(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AdoptImplantationMapInput) input: AdoptImplantationMapInput,
    @Ctx() ctx: Context,
  ) {
    return adoptImplantationMap(ctx, id, version, input);
  }

  @Mutation(() => ImplantationMap, {
    description: 'Commence la révision d’une carte adoptée : un nouveau projet (DRAFT) avec les mêmes services.',
  })
  reviseImplantationMap(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return reviseImplantationMap(ctx, id, version);
  }

  @Mutation(() => Opinion, {
    description: 'L’avis d’une commission sur une carte, une candidature ou un rapport annuel, rendu en séance ; fait avancer son objet.',
  })
  recordOpinion(@Arg('input', () => RecordOpinionInput) input: RecordOpinionInput, @Ctx() ctx: Context) {
    return recordOpinion(ctx, input);
  }
}

@Resolver(() => ImplantationMapEntry)
export class ImplantationMapEntryResolver extends crudResolver(
  { type: 'ImplantationMapEntry', plural: 'implantationMapEntries' },
  ImplantationMapEntry,
  ImplantationMapEntryInput,
  ImplantationMapEntryFilter,
  implantationMapEntries,
) {}

@Resolver(() => CandidateCall)
export class CandidateCallResolver extends crudResolver(
  { type: 'CandidateCall', plural: 'candidateCalls' },
  CandidateCall,
  CandidateCallInput,
  CandidateCallFilter,
  candidateCalls,
) {
  @FieldResolver(() => [Service], { description: 'Les services concernés.' })
  services(@Root() call: CandidateCall, @Ctx() ctx: Context) {
    return servicesOf(ctx, CandidateCall, call.id);
  }

  @FieldResolver(() => [Candidacy], { description: 'Les candidatures déposées pour cet appel.' })
  candidacies(@Root() call: CandidateCall, @Ctx() ctx: Context) {
    return ctx.loaders.children(Candidacy, 'call', call.id, {}, { filedOn: 'asc' });
  }
}

@Resolver(() => Candidacy)
export class CandidacyResolver extends crudResolver(
  { type: 'Candidacy', plural: 'candidacies' },
  Candidacy,
  CandidacyInput,
  CandidacyFilter,
  candidacies,
) {
  @FieldResolver(() => [WorkflowStepEnum], TRANSITIONS)
  allowedTransitions(@Root() candidacy: Candidacy) {
    return allowedActions(candidacyMachine, candidacy.status);
  }

  @FieldResolver(() => [StatusChange], { description: 'Les changements d’état de la candidature, du plus ancien au plus récent.' })
  statusHistory(@Root() candidacy: Candidacy, @Ctx() ctx: Context) {
    return statusHistory(ctx, 'Candidacy', candidacy.id);
  }

  @FieldResolver(() => [Violation], {
    description:
      'Les conditions d’éligibilité vérifiées comme pour une nomination à une date (par défaut : aujourd’hui), selon le régime en vigueur ce jour-là.',
  })
  eligibility(
    @Root() candidacy: Candidacy,
    @Arg('on', () => DateScalar, {
      description: 'Date à laquelle les conditions sont appréciées (par défaut : aujourd’hui).',
      nullable: true,
    })
    on: IsoDate | undefined,
    @Ctx() ctx: Context,
  ) {
    return eligibilityOn(ctx, candidacy.id, on ?? today());
  }

  @FieldResolver(() => Appointment, { description: 'La nomination issue de la candidature, s’il y en a une.', nullable: true })
  async appointment(@Root() candidacy: Candidacy, @Ctx() ctx: Context) {
    const [appointment] = await ctx.loaders.children(Appointment, 'candidacy', candidacy.id);
    return appointment ?? null;
  }

  @Mutation(() => Candidacy, { description: 'FILED → HEAD_OPINION_GIVEN : l’avis motivé du chef de service [001 §2.2].' })
  giveHeadOpinion(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => HeadOpinionInput) input: HeadOpinionInput,
    @Ctx() ctx: Context,
  ) {
    return giveHeadOpinion(ctx, id, version, input);
  }

  @Mutation(() => Appointment, {
    description: 'Avis de la commission rendu → nommé : l’éligibilité est vérifiée de nouveau à la date de l’arrêté ; crée la nomination.',
  })
  appointCandidate(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AppointCandidateInput) input: AppointCandidateInput,
    @Ctx() ctx: Context,
  ) {
    return appointCandidate(ctx, id, version, input);
  }

  @Mutation(() => Candidacy, { description: 'COMMISSION_OPINION_GIVEN → NOT_SELECTED (contre un avis favorable : avec son motif).' })
  notSelectCandidacy(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CloseCandidacyInput) input: CloseCandidacyInput,
    @Ctx() ctx: Context,
  ) {
    return notSelectCandidacy(ctx, id, version, input);
  }

  @Mutation(() => Candidacy, { description: 'Retrait par l’agent, avant la décision.' })
  withdrawCandidacy(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CloseCandidacyInput) input: CloseCandidacyInput,
    @Ctx() ctx: Context,
  ) {
    return withdrawCandidacy(ctx, id, version, input);
  }
}

export const lifecycleResolvers = [
  RegimeResolver,
  ImplantationMapResolver,
  ImplantationMapEntryResolver,
  CandidateCallResolver,
  CandidacyResolver,
] as const;
