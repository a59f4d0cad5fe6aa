import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { validationFailed, type Violation } from '../errors';
import { columnRule } from './column-rules';
import { fieldLabel } from '../labels';
import { valueViolations } from './text.rules';

/**
 * The last check before PostgreSQL, whatever code path wrote the record (a workflow step, a history row): every text
 * a flush would write obeys its column's rule. Inputs of the resources are checked earlier, row by row, with the same
 * rules; this one catches what they do not see, so that no value reaches the database unchecked.
 */
export class TextSubscriber implements EventSubscriber {
  onFlush({ uow }: FlushEventArgs): void {
    const violations: Violation[] = [];
    for (const cs of uow.getChangeSets()) {
      if (cs.type === ChangeSetType.DELETE) continue;
      for (const [key, value] of Object.entries(cs.payload as Record<string, unknown>)) {
        const rule = columnRule(cs.meta.properties[key as never]);
        if (rule) violations.push(...valueViolations(key, fieldLabel(cs.meta.className, key), value, rule));
      }
    }
    if (violations.length) throw validationFailed(violations);
  }
}
