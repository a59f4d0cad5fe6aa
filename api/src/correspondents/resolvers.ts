import { activityResolvers } from './activity.resolver';
import { appointmentResolvers } from './appointments.resolver';
import { IndicatorsResolver } from './indicators.resolver';
import { lifecycleResolvers } from './lifecycle.resolver';

export const correspondentsResolvers = [...lifecycleResolvers, ...appointmentResolvers, ...activityResolvers, IndicatorsResolver] as const;
