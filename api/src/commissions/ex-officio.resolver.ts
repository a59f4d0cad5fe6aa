import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { DateScalar, type IsoDate, today } from '../shared/scalars';
import { CommissionMember } from './commission-member.entity';
import { exOfficioAlerts, seatExOfficioMembers } from './ex-officio.service';
import { ExOfficioAlert } from './ex-officio.types';

/** ASS are members by right of the CLAS [004 §II.3]: who is missing on a date, and the action that seats them. */
@Resolver()
export class ExOfficioResolver {
  @Query(() => [ExOfficioAlert], {
    description:
      'Les CLAS départementaux en vigueur à la date auxquels manquent, comme membres de droit, des ASS de leur département (affectées à la date sur un poste qui y réside) [004 §II.3].',
  })
  clasWithoutExOfficioSocialWorkers(
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'L’état à cette date (par défaut aujourd’hui).' })
    asOf: IsoDate | undefined,
    @Arg('departmentId', () => ID, { nullable: true, description: 'Seulement ce département.' }) departmentId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return exOfficioAlerts(ctx, asOf ?? today(), departmentId ?? null);
  }

  @Mutation(() => [CommissionMember], {
    description:
      'Fait siéger de droit au CLAS les ASS de son département qui y manquent à la date, chacune pour la durée de son affectation (un enregistrement groupé, validé et audité) [004 §II.3].',
  })
  seatExOfficioSocialWorkers(
    @Arg('commissionId', () => ID, { description: 'La CLAS départementale où faire siéger de droit les ASS manquants.' })
    commissionId: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Par défaut : aujourd’hui.' }) asOf: IsoDate | undefined,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return seatExOfficioMembers(ctx, commissionId, asOf ?? today(), dryRun);
  }
}
