import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/demo/seed-demo';
import { initTestApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
  await seedDemo(app.em());
});
afterAll(() => app.close());

const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

describe('the API’s messages write dates the French way and say what to do', () => {
  it('refuses an arrêté dated before the interview in words with French dates', async () => {
    const { data } = await app.gql(`{ candidacies(filter: { status: COMMISSION_OPINION_GIVEN }, limit: 1) { items { id version } } }`);
    const [candidacy] = data!.candidacies.items;
    const result = await app.gql(
      `mutation($id: ID!, $version: Int!, $input: AppointCandidateInput!) { appointCandidate(id: $id, version: $version, input: $input) { id } }`,
      {
        id: candidacy.id,
        version: candidacy.version,
        input: {
          arreteDate: '2026-03-19',
          interviewDate: '2026-03-20',
          arreteNumber: '69-2026-001',
          arreteSignatory: 'La préfète',
          jointInterview: true,
        },
      },
    );
    const messages = result.errors!.flatMap((e) => (e.extensions?.violations ?? [e]).map((v: { message: string }) => v.message));
    expect(messages).toContain('L’arrêté (19/03/2026) doit suivre l’entretien (20/03/2026).');
    for (const message of messages) expect(message).not.toMatch(ISO_DAY);
  });

  it('writes the dates of a bulk save’s violations the French way', async () => {
    const { data } = await app.gql(`{ services(limit: 1) { items { id version } } }`);
    const [service] = data!.services.items;
    const result = await app.gql(
      `mutation($rows: [ServiceRow!]!) { saveServices(rows: $rows, dryRun: true) { ok rows { violations { field message } } } }`,
      { rows: [{ id: service.id, version: service.version, values: { validFrom: '2024-01-01', validTo: '2023-01-01' } }] },
    );
    const violation = result.data!.saveServices.rows[0].violations.find((v: { field: string }) => v.field === 'validTo');
    expect(violation.message).toBe('La date de fin (01/01/2023) précède la date de début (01/01/2024) : corrigez l’une des deux.');
  });

  /**
   * Every date put into a French message goes through the one helper (api/src/shared/french.ts): a template literal
   * of a message that interpolates a date-named value without `frDate(…)` would show « 2026-03-19 » to a user.
   */
  it('has no message in the sources that interpolates a raw date', () => {
    const root = path.resolve(__dirname, '../../api/src');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('migrations'),
    );
    const offending: string[] = [];
    for (const file of files) {
      for (const [i, line] of readFileSync(path.join(root, file), 'utf8').split('\n').entries()) {
        for (const literal of line.match(/`[^`]*`/g) ?? []) {
          if (!/[àâçéèêëîïôûù’«]/.test(literal)) continue; // only French texts
          for (const [, expression] of literal.matchAll(/\$\{([^}]*)\}/g)) {
            const raw = !/^(frDate|frLongDate|describePeriod)\(/.test(expression.trim());
            if (raw && /(date|Date|On|From|validTo|inForceTo|endDate|asOf|\bon|\bend)\)?$/.test(expression.trim()))
              offending.push(`${file}:${i + 1} \${${expression}}`);
          }
        }
      }
    }
    expect(offending).toEqual([]);
  });
});
