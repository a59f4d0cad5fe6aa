import type { Collection, EntityClass } from '@mikro-orm/core';
import type { Context } from '../../context';
import type { Service } from '../../referential/service.entity';
import { CrudService } from '../../shared/crud.service';
import { Appointment } from './appointment.entity';
import type { CandidateCall } from '../candidacies/candidate-call.entity';

/** Appointments are written only by `appointCandidate`, the letter's signatures and `endAppointment`: read side here. */
export const appointments = new CrudService<Appointment, object>({
  entity: Appointment,
  label: 'Nomination',
  fields: {},
  list: {
    sortable: ['startDate', 'arreteDate', 'status', 'agent.lastName'],
    dated: false,
    custom: { runningOn: (d: string) => ({ startDate: { $lte: d }, $or: [{ endDate: null }, { endDate: { $gte: d } }] }) },
  },
  required: [],
});

/** A many-to-many collection (`services`, `sites`) of many calls or appointments, in two queries per type, property and level. */
export function collectionOf<T extends { id: string }>(
  ctx: Context,
  entity: EntityClass<Appointment | CandidateCall>,
  property: 'services' | 'sites',
  id: string,
): Promise<T[]> {
  return ctx.loaders
    .loader<T[]>(`collection-of:${entity.name}.${property}`, async (ids) => {
      const owners = await ctx.em.find(entity, { id: { $in: [...ids] } } as never, { populate: [property] as never });
      const byId = new Map(owners.map((o) => [o.id, (o as unknown as Record<string, Collection<T>>)[property].getItems()]));
      return ids.map((i) => byId.get(i) ?? []);
    })
    .load(id);
}

/** The services of a call or an appointment, by code. */
export const servicesOf = async (ctx: Context, entity: EntityClass<Appointment | CandidateCall>, id: string): Promise<Service[]> =>
  (await collectionOf<Service>(ctx, entity, 'services', id)).sort((a, b) => a.code.localeCompare(b.code));
