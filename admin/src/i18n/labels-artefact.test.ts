/**
 * The back office's French labels are the one source of the headers of the API's exports: this test writes the
 * committed artefact `schema/labels.fr.json` from them (with `UPDATE_LABELS=1`) and fails when it is out of date,
 * as `pnpm schema:check` does for the schema. The API reads the artefact (api/src/exports/labels.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { shapeOf } from '../dataProvider/schema';
import { frMessages } from './fr';

const file = fileURLToPath(new URL('../../../schema/labels.fr.json', import.meta.url));

const sorted = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k] && typeof o[k] === 'object' ? sorted(o[k] as Record<string, unknown>) : o[k]]),
  );

/**
 * `{ types: { Agent: { lastName: 'Nom', serviceId: 'Service', … } }, fields: { … }, enums: { AgentStatus: { TITULAIRE: 'Titulaire' } } }`;
 * `fields` are the labels of the fields that no form shows (the history's: `personalDataPurgedAt`, `regime`…).
 */
function labels() {
  const resources = frMessages.resources as Record<string, { fields?: Record<string, unknown> }>;
  const types: Record<string, Record<string, string>> = {};
  for (const [resource, { fields }] of Object.entries(resources)) {
    let type: string;
    try {
      type = shapeOf(resource).type;
    } catch {
      continue; // a screen of the back office that is no list of the API
    }
    // Nested label groups (`serviceAtFiling: { … }`) are not field labels.
    types[type] = Object.fromEntries(Object.entries(fields ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
  }
  const app = frMessages.app as { audit: { fields: Record<string, string> } };
  return sorted({ types, fields: app.audit.fields, enums: frMessages.enums as Record<string, unknown> });
}

it('schema/labels.fr.json is the back office’s labels (UPDATE_LABELS=1 rewrites it)', () => {
  const expected = `${JSON.stringify(labels(), null, 2)}\n`;
  if (process.env.UPDATE_LABELS === '1') writeFileSync(file, expected);
  expect(
    readFileSync(file, 'utf8'),
    'schema/labels.fr.json is out of date: run UPDATE_LABELS=1 pnpm exec vitest run --project admin admin/src/i18n/labels-artefact.test.ts',
  ).toBe(expected);
});
