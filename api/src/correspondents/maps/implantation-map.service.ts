import type { EntityManager } from '@mikro-orm/postgresql';
import { Service } from '../../referential/service.entity';
import { CrudService, type PreparedRow, valueOf } from '../../shared/crud.service';
import { violation, type Violation } from '../../shared/errors';
import { frCount } from '../../shared/french';
import { isUuid } from '../../shared/ids';
import { today } from '../../shared/scalars';
import { recordCreation } from '../../shared/workflow/status-history';
import { CandidateCall } from '../candidacies/candidate-call.entity';
import { dateOrderRule, entryPerimeterRule, mapEditableRule, mapPerimeterRule, requiredCountRule } from '../correspondents.rules';
import type { CandidateCallInput, ImplantationMapEntryInput, ImplantationMapInput } from '../correspondents.types';
import { ImplantationMapStatus } from '../enums';
import { ImplantationMapEntry } from './implantation-map-entry.entity';
import { ImplantationMap } from './implantation-map.entity';

const idsOf = <E, I>(rows: PreparedRow<E, I>[], field: string) => [...new Set(rows.map((r) => valueOf(r, field)).filter(isUuid))];

const perimeterKey = (authority: unknown, departmentId: unknown) => `${String(authority)}:${String(departmentId ?? '')}`;

export const implantationMaps = new CrudService<ImplantationMap, ImplantationMapInput, Set<string>>({
  entity: ImplantationMap,
  label: 'Carte d’implantation',
  fields: { title: 'Intitulé', departmentId: 'Département', authority: 'Autorité', rationale: 'Motivation' },
  list: {
    sortable: ['title', 'revision', 'status', 'arreteDate', 'inForceFrom'],
    dated: false,
    custom: { inForceOn: (d: string) => ({ inForceFrom: { $lte: d }, $or: [{ inForceTo: null }, { inForceTo: { $gte: d } }] }) },
  },
  required: ['title', 'authority'],
  // The perimeters that already have a map: a new map there is a revision of it.
  prepare: async (em) => {
    const maps = await em.find(ImplantationMap, { status: { $ne: ImplantationMapStatus.SUPERSEDED } });
    return new Set(maps.map((m) => perimeterKey(m.authority, m.department?.id)));
  },
  check: (row, taken) => {
    const departmentId = valueOf(row, 'departmentId') as string | null;
    const authority = valueOf(row, 'authority') as never;
    const out: Violation[] = [...mapEditableRule(row.existing?.status, 'id'), ...mapPerimeterRule(authority, departmentId)];
    if (!row.existing && taken.has(perimeterKey(authority, departmentId))) {
      out.push(
        violation(
          'departmentId',
          'IMPLANTATION_MAP_PERIMETER_TAKEN',
          'Ce périmètre a déjà une carte d’implantation : révisez-la au lieu d’en créer une autre.',
        ),
      );
    }
    return out;
  },
  afterApply: (em, map, row) => {
    if (!row.existing) recordCreation(em, map, today());
  },
  beforeDelete: async (_em, map) => mapEditableRule(map.status, 'id'),
});

interface EntryFacts {
  maps: Map<string, ImplantationMap>;
  services: Map<string, Service>;
}

async function entryFacts(em: EntityManager, rows: PreparedRow<ImplantationMapEntry, ImplantationMapEntryInput>[]): Promise<EntryFacts> {
  // One after the other: they share the transaction's connection.
  const maps = await em.find(ImplantationMap, { id: { $in: idsOf(rows, 'mapId') } });
  const services = await em.find(Service, { id: { $in: idsOf(rows, 'serviceId') } });
  return { maps: new Map(maps.map((m) => [m.id, m])), services: new Map(services.map((s) => [s.id, s])) };
}

export const implantationMapEntries = new CrudService<ImplantationMapEntry, ImplantationMapEntryInput, EntryFacts>({
  entity: ImplantationMapEntry,
  label: 'Service de la carte',
  fields: { mapId: 'Carte d’implantation', serviceId: 'Service', requiredCount: 'Nombre de correspondants', note: 'Observation' },
  list: { sortable: ['requiredCount', 'service.code', 'service.name'], dated: false },
  required: ['mapId', 'serviceId', 'requiredCount'],
  prepare: entryFacts,
  check: (row, facts) => {
    const map = facts.maps.get(valueOf(row, 'mapId') as string);
    const service = facts.services.get(valueOf(row, 'serviceId') as string);
    const out = requiredCountRule(row.values.requiredCount);
    if (!map) return out;
    out.push(...mapEditableRule(map.status));
    if (service) {
      out.push(
        ...entryPerimeterRule(
          { authority: map.authority, departmentId: map.department?.id ?? null },
          { name: service.name, authority: service.designatingAuthority, departmentId: service.department?.id ?? null },
        ),
      );
    }
    return out;
  },
  beforeDelete: async (em, entry) => mapEditableRule((await em.findOneOrFail(ImplantationMap, entry.map.id)).status, 'id'),
});

interface CallFacts {
  maps: Map<string, ImplantationMap>;
  entries: ImplantationMapEntry[];
}

export const candidateCalls = new CrudService<CandidateCall, CandidateCallInput, CallFacts>({
  entity: CandidateCall,
  label: 'Appel à candidatures',
  fields: {
    title: 'Intitulé',
    mapId: 'Carte d’implantation',
    openingDate: 'Date d’ouverture',
    closingDate: 'Date de clôture',
    jobDescription: 'Fiche d’emploi',
    serviceIds: 'Services concernés',
  },
  list: { sortable: ['title', 'openingDate', 'closingDate'], dated: false },
  required: ['title', 'mapId', 'openingDate', 'closingDate'],
  virtual: ['serviceIds'],
  prepare: async (em, rows) => {
    // The services of updated calls are replaced as a whole: load them first.
    await em.populate(
      rows.flatMap((r) => (r.existing ? [r.existing] : [])),
      ['services'],
    );
    const maps = await em.find(ImplantationMap, { id: { $in: idsOf(rows, 'mapId') } });
    const entries = maps.length ? await em.find(ImplantationMapEntry, { map: { $in: maps } }) : [];
    return { maps: new Map(maps.map((m) => [m.id, m])), entries };
  },
  check: (row, facts) => {
    const out = dateOrderRule(
      'closingDate',
      valueOf(row, 'openingDate') as string,
      valueOf(row, 'closingDate') as string,
      'La date de clôture de l’appel précède sa date d’ouverture.',
    );
    const map = facts.maps.get(valueOf(row, 'mapId') as string);
    if (!map) return out;
    // Calls are opened on the adopted map [001 art. 4, §2.2]; a call stays attached to it once the map is revised.
    const attached = !row.existing || map.id !== row.existing.map.id;
    if (attached && map.status !== ImplantationMapStatus.ADOPTED) {
      out.push(
        violation(
          'mapId',
          'CANDIDATE_CALL_MAP_NOT_ADOPTED',
          'Un appel à candidatures s’appuie sur la carte d’implantation adoptée : cette révision n’est pas (ou plus) en vigueur [circulaire du 12 février 2026, §2.2].',
        ),
      );
    }
    const onMap = new Set(facts.entries.filter((e) => e.map.id === map.id).map((e) => e.service.id));
    const outside = (row.values.serviceIds ?? []).filter((id) => !onMap.has(id));
    if (outside.length) {
      out.push(
        violation(
          'serviceIds',
          'CANDIDATE_CALL_SERVICE_NOT_ON_MAP',
          `${frCount(outside.length, 'service concerné ne figure pas', 'services concernés ne figurent pas')} sur la carte d’implantation de l’appel.`,
        ),
      );
    }
    return out;
  },
  afterApply: (em, call, row, _previous, facts) => {
    const ids =
      row.values.serviceIds ?? (row.existing ? undefined : facts.entries.filter((e) => e.map.id === call.map.id).map((e) => e.service.id));
    if (ids) call.services.set(ids.map((id) => em.getReference(Service, id)));
  },
});
