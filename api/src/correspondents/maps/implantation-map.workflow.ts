import { CommissionSession } from '../../commissions/commission-session.entity';
import type { Context } from '../../context';
import { errorsOf, notFound, validationFailed, violation, type Violation } from '../../shared/errors';
import { isUuid } from '../../shared/ids';
import { addDays, type IsoDate, today } from '../../shared/scalars';
import { onRecord, recordCreation, recordTransition } from '../../shared/workflow/status-history';
import { transition } from '../../shared/workflow/workflow';
import { competentCommissionRule, dateOrderRule, departureRule } from '../correspondents.rules';
import type { AdoptImplantationMapInput } from '../correspondents.types';
import { ImplantationMapStatus } from '../enums';
import { ImplantationMapEntry } from './implantation-map-entry.entity';
import { ImplantationMap } from './implantation-map.entity';
import { implantationMapMachine as machine } from '../workflow.rules';
import { frDate } from '../../shared/french';

const LABEL = 'Carte d’implantation';
const refuse = (violations: Violation[]) => {
  if (errorsOf(violations).length) throw validationFailed(errorsOf(violations));
};

export const perimeterOf = (map: ImplantationMap) => ({ authority: map.authority, departmentId: map.department?.id ?? null });

/** DRAFT → SUBMITTED: the map (or its revision) goes to the competent commission's session [001 §2.1]. */
export function submitImplantationMap(ctx: Context, id: string, version: number, sessionId: string, on: IsoDate = today()) {
  return onRecord(ctx, ImplantationMap, LABEL, id, version, async (em, map) => {
    const to = transition(machine, map.status, 'SUBMIT');
    const session = isUuid(sessionId) ? await em.findOne(CommissionSession, sessionId, { populate: ['commission'] }) : null;
    if (!session) throw notFound('Séance', sessionId, 'sessionId');
    const c = session.commission;
    const entries = await em.count(ImplantationMapEntry, { map });
    refuse([
      ...competentCommissionRule(
        { kind: c.kind, name: c.name, departmentId: c.department?.id ?? null, authority: c.authority },
        perimeterOf(map),
      ),
      ...(entries
        ? []
        : [
            violation(
              'id',
              'IMPLANTATION_MAP_EMPTY',
              'La carte ne comporte aucun service : ajoutez les services qui nécessitent un correspondant avant de la soumettre.',
            ),
          ]),
      ...dateOrderRule(
        'on',
        on,
        session.date,
        `La soumission (${frDate(on)}) doit précéder la séance (${frDate(session.date)}) : choisissez une séance postérieure.`,
      ),
    ]);
    map.session = session;
    recordTransition(em, map, to, 'SUBMIT', on);
    return map;
  });
}

/**
 * OPINION_GIVEN → ADOPTED by arrêté [001 art. 3]; the revision it replaces is then SUPERSEDED, in force until the day
 * before. Departing from an unfavourable opinion requires a reason.
 */
export function adoptImplantationMap(ctx: Context, id: string, version: number, input: AdoptImplantationMapInput) {
  return onRecord(ctx, ImplantationMap, LABEL, id, version, async (em, map) => {
    const to = transition(machine, map.status, 'ADOPT');
    await em.populate(map, ['opinion.session', 'previous']);
    const previous = map.previous;
    refuse([
      ...departureRule(map.opinion?.value, 'FOR', input.decisionReason, 'decisionReason'),
      ...dateOrderRule(
        'arreteDate',
        map.opinion?.session.date,
        input.arreteDate,
        `L’arrêté (${frDate(input.arreteDate)}) ne peut précéder l’avis de la commission (${frDate(map.opinion?.session.date)}) : corrigez la date de l’arrêté.`,
      ),
      ...(previous?.inForceFrom
        ? dateOrderRule(
            'arreteDate',
            addDays(previous.inForceFrom, 1),
            input.arreteDate,
            `L’arrêté d’une révision (${frDate(input.arreteDate)}) doit suivre l’entrée en vigueur de la carte qu’elle remplace (${frDate(previous.inForceFrom)}) : corrigez la date de l’arrêté.`,
          )
        : []),
    ]);
    Object.assign(map, {
      arreteNumber: input.arreteNumber,
      arreteDate: input.arreteDate,
      arreteSignatory: input.arreteSignatory,
      decisionReason: input.decisionReason ?? null,
      inForceFrom: input.arreteDate,
    });
    recordTransition(em, map, to, 'ADOPT', input.arreteDate, input.decisionReason ?? null);
    if (previous && previous.status === ImplantationMapStatus.ADOPTED) {
      previous.inForceTo = addDays(input.arreteDate, -1);
      recordTransition(em, previous, transition(machine, previous.status, 'SUPERSEDE'), 'SUPERSEDE', input.arreteDate);
    }
    return map;
  });
}

/** ADOPTED: a revision starts as a new DRAFT with the same services; the adopted map stays in force until the revision is adopted. */
export function reviseImplantationMap(ctx: Context, id: string, version: number) {
  return onRecord(ctx, ImplantationMap, LABEL, id, version, async (em, map) => {
    transition(machine, map.status, 'REVISE');
    const open = await em.count(ImplantationMap, { previous: map });
    if (open)
      throw validationFailed([
        violation('id', 'IMPLANTATION_MAP_REVISION_OPEN', 'Une révision de cette carte est déjà en cours : poursuivez-la.'),
      ]);
    const revision = em.create(ImplantationMap, {
      title: map.title,
      department: map.department,
      authority: map.authority,
      rationale: map.rationale,
      revision: map.revision + 1,
      previous: map,
    });
    for (const entry of await em.find(ImplantationMapEntry, { map })) {
      em.create(ImplantationMapEntry, { map: revision, service: entry.service, requiredCount: entry.requiredCount, note: entry.note });
    }
    recordCreation(em, revision, today(), 'REVISE');
    return revision;
  });
}
