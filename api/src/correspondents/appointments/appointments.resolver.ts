import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { printableNotice } from './appointment-notice.print';
import { ServiceSite } from '../../referential/service-site.entity';
import { Service } from '../../referential/service.entity';
import { crudResolver, readResolver } from '../../shared/crud.resolver';
import { DateScalar, type IsoDate, today } from '../../shared/scalars';
import { StatusChange } from '../../shared/workflow/status-change.entity';
import { statusHistory } from '../../shared/workflow/status-history';
import { allowedActions } from '../../shared/workflow/workflow';
import { Appointment } from './appointment.entity';
import { appointments, collectionOf, servicesOf } from './appointment.service';
import { endAppointment } from '../candidacies/candidacy.workflow';
import { AppointmentFilter, MissionLetterFilter, MissionLetterInput } from '../correspondents.types';
import { AppointmentEndReason, Signatory } from '../enums';
import { FieldReport } from '../follow-up/field-report.entity';
import { MissionLetter } from './mission-letter.entity';
import { printableLetter } from './mission-letter.print';
import { missionLetters, reviseMissionLetter, signMissionLetter } from './mission-letter.service';
import { appointmentMachine, missionLetterMachine } from '../workflow.rules';
import { WorkflowStepEnum } from '../../shared/workflow/steps';

const TRANSITIONS = { description: 'Les actions permises depuis l’état actuel (d’après la table de la machine à états).' };

@Resolver(() => Appointment)
export class AppointmentResolver extends readResolver(
  { type: 'Appointment', plural: 'appointments' },
  Appointment,
  AppointmentFilter,
  appointments,
) {
  @FieldResolver(() => [Service], { description: 'Les services couverts.' })
  services(@Root() appointment: Appointment, @Ctx() ctx: Context) {
    return servicesOf(ctx, Appointment, appointment.id);
  }

  @FieldResolver(() => [ServiceSite], { description: 'Les sites (établissements) couverts.' })
  sites(@Root() appointment: Appointment, @Ctx() ctx: Context) {
    return collectionOf<ServiceSite>(ctx, Appointment, 'sites', appointment.id);
  }

  @FieldResolver(() => [MissionLetter], {
    description: 'Toutes les versions de la lettre de mission, de la plus ancienne à la plus récente.',
  })
  letters(@Root() appointment: Appointment, @Ctx() ctx: Context) {
    return ctx.loaders.children(MissionLetter, 'appointment', appointment.id, {}, { revision: 'asc' });
  }

  @FieldResolver(() => [FieldReport], { description: 'Les comptes rendus de terrain du correspondant.' })
  fieldReports(@Root() appointment: Appointment, @Arg('limit', () => Int, { defaultValue: 50 }) limit: number, @Ctx() ctx: Context) {
    return ctx.loaders.children(
      FieldReport,
      'appointment',
      appointment.id,
      {},
      { date: 'desc' },
      [],
      Math.min(limit, ctx.config.maxPageSize),
    );
  }

  @FieldResolver(() => String, {
    description:
      'L’affiche pour le tableau d’action sociale des services couverts : identité, coordonnées professionnelles, professionnels de soutien [001 §2.2, art. 5].',
  })
  noticeHtml(@Root() appointment: Appointment, @Ctx() ctx: Context) {
    return printableNotice(ctx, appointment.id);
  }

  @FieldResolver(() => [WorkflowStepEnum], TRANSITIONS)
  allowedTransitions(@Root() appointment: Appointment) {
    return allowedActions(appointmentMachine, appointment.status);
  }

  @FieldResolver(() => [StatusChange], { description: 'Les changements d’état de la nomination, du plus ancien au plus récent.' })
  statusHistory(@Root() appointment: Appointment, @Ctx() ctx: Context) {
    return statusHistory(ctx, 'Appointment', appointment.id);
  }

  @Mutation(() => Appointment, { description: 'Met fin à une nomination, avec sa date et son motif.' })
  endAppointment(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('endDate', () => DateScalar, { description: 'Dernier jour de la nomination.' }) endDate: IsoDate,
    @Arg('endReason', () => AppointmentEndReason, { description: 'Motif de fin de la nomination.' }) endReason: AppointmentEndReason,
    @Ctx() ctx: Context,
  ) {
    return endAppointment(ctx, id, version, endDate, endReason);
  }
}

@Resolver(() => MissionLetter)
export class MissionLetterResolver extends crudResolver(
  { type: 'MissionLetter', plural: 'missionLetters' },
  MissionLetter,
  MissionLetterInput,
  MissionLetterFilter,
  missionLetters,
) {
  @FieldResolver(() => [WorkflowStepEnum], TRANSITIONS)
  allowedTransitions(@Root() letter: MissionLetter) {
    return allowedActions(missionLetterMachine, letter.status);
  }

  @FieldResolver(() => [StatusChange], { description: 'Les changements d’état de la lettre, du plus ancien au plus récent.' })
  statusHistory(@Root() letter: MissionLetter, @Ctx() ctx: Context) {
    return statusHistory(ctx, 'MissionLetter', letter.id);
  }

  @FieldResolver(() => String, { description: 'La lettre en HTML prêt à imprimer, selon le modèle de la circulaire de 2026 [001].' })
  printableHtml(@Root() letter: MissionLetter, @Ctx() ctx: Context) {
    return printableLetter(ctx, letter.id);
  }

  @Mutation(() => MissionLetter, {
    description: 'L’une des trois signatures datées ; la troisième rend la lettre SIGNED et la nomination EFFECTIVE.',
  })
  signMissionLetter(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('signatory', () => Signatory, { description: 'Lequel des trois signataires signe [001 §2.5].' }) signatory: Signatory,
    @Arg('on', () => DateScalar, { nullable: true, description: 'Date de la signature (par défaut : aujourd’hui).' })
    on: IsoDate | undefined,
    @Arg('name', () => String, { description: 'Nom de la personne qui signe.', nullable: true }) name: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return signMissionLetter(ctx, id, version, signatory, on ?? today(), name);
  }

  @Mutation(() => MissionLetter, {
    description: 'Une nouvelle version DRAFT d’une lettre signée ; la lettre signée est gardée, et remplacée une fois la nouvelle signée.',
  })
  reviseMissionLetter(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return reviseMissionLetter(ctx, id, version);
  }
}

export const appointmentResolvers = [AppointmentResolver, MissionLetterResolver] as const;
