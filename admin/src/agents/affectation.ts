import type { RaRecord } from 'react-admin';

/**
 * Edit `transform`: `affectationDate` (date the new assignment takes effect) only means something
 * with a change of service. Otherwise, or when left empty (the API then takes today), it is not sent.
 */
export const withoutIdleAffectationDate = (data: RaRecord, options?: { previousData?: RaRecord }) => {
  const { affectationDate, ...rest } = data;
  const serviceChanges = options?.previousData != null && data.serviceId !== options.previousData.serviceId;
  return serviceChanges && affectationDate ? { ...rest, affectationDate } : rest;
};
