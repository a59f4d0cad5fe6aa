import type { FilterQuery } from '@mikro-orm/core';
import type { IsoDate } from './scalars';

/** The condition selecting the records valid on `asOf` (periods are inclusive at both ends). */
export function validOn<T>(asOf: IsoDate): FilterQuery<T> {
  return { validFrom: { $lte: asOf }, $or: [{ validTo: null }, { validTo: { $gte: asOf } }] } as unknown as FilterQuery<T>;
}

export function isValidOn(record: { validFrom: IsoDate; validTo: IsoDate | null }, asOf: IsoDate): boolean {
  return record.validFrom <= asOf && (record.validTo === null || record.validTo >= asOf);
}
