import { activityResolvers } from './indicators/activity.resolver';
import { appointmentResolvers } from './appointments/appointments.resolver';
import { IndicatorsResolver } from './indicators/indicators.resolver';
import { lifecycleResolvers } from './lifecycle.resolver';

export const correspondentsResolvers = [...lifecycleResolvers, ...appointmentResolvers, ...activityResolvers, IndicatorsResolver] as const;
