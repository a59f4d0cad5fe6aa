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
      'Departmental CLAS in force on the date lacking ASS of their department (assigned on the date to a post residing there) as ex-officio members [004 §II.3].',
  })
  clasWithoutExOfficioSocialWorkers(
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The state as of this date (default today).' }) asOf: IsoDate | undefined,
    @Arg('departmentId', () => ID, { nullable: true, description: 'Only this department.' }) departmentId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return exOfficioAlerts(ctx, asOf ?? today(), departmentId ?? null);
  }

  @Mutation(() => [CommissionMember], {
    description:
      'Seats ex officio on the CLAS the ASS of its department missing from it on the date, each for the time of their assignment (one validated, audited bulk save) [004 §II.3].',
  })
  seatExOfficioSocialWorkers(
    @Arg('commissionId', () => ID, { description: 'La CLAS départementale où faire siéger de droit les ASS manquants.' })
    commissionId: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default today.' }) asOf: IsoDate | undefined,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return seatExOfficioMembers(ctx, commissionId, asOf ?? today(), dryRun);
  }
}
