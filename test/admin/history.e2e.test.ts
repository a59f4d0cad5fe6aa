import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { serviceWithAgents } from '../support/fixtures';
import { must } from '../support/lifecycle';

let app: TestApp;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
  page = await (await signedIn(browser, app)).newPage();
  page.on('pageerror', (error) => errors.push(error.message));
});
afterAll(() => stopBackOffice(app, browser));

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

describe('back office: the « Historique » tab reads like a register', () => {
  it('names the services an agent moved between, the enum labels and French dates, without ids or field names', async () => {
    const from = await serviceWithAgents(app.em(), '75', 1);
    const to = await serviceWithAgents(app.em(), '75', 0);
    const { agents } = must(await app.gql(`query($s: ID!) { agents(filter: { serviceId: $s }) { items { id version } } }`, { s: from.id }));
    const [agent] = agents.items;
    must(
      await app.gql(
        `mutation($id: ID!, $version: Int!, $input: AgentInput!) { updateAgent(id: $id, version: $version, input: $input) { id } }`,
        {
          id: agent.id,
          version: agent.version,
          input: { serviceId: to.id, affectationDate: '2026-03-19', population: 'POLICE_ACTIVE', active: false, validTo: '2026-12-31' },
        },
      ),
    );

    let requests = 0;
    page.on('request', (request) => void (request.postData()?.includes('auditReferences') && requests++));
    await page.goto(`${app.baseUrl}/admin/#/agents/${agent.id}/show/history`);
    const history = page.getByTestId('audit-history');
    await expect
      .poll(() => history.innerText(), { timeout: 20_000 })
      .toContain(`Service : ${from.code} – ${from.name} → ${to.code} – ${to.name}`);
    const text = await history.innerText();
    expect(text).toContain('Population : Personnels administratifs, techniques et scientifiques → Police (actifs)');
    expect(text).toContain('Actif : Oui → Non');
    expect(text).toContain('Valide jusqu’au : (vide) → 31/12/2026');
    expect(text).toContain('Modification');
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(ISO_DAY);
    expect(text).not.toMatch(
      /personalDataPurgedAt|employingMinistry|\bservice\b :|ADMINISTRATIVE_TECHNICAL_SCIENTIFIC|POLICE_ACTIVE|\btrue\b|\bfalse\b|∅/,
    );
    // The records named on the page come in one request, not one per row.
    expect(requests).toBe(1);
    expect(errors).toEqual([]);
  });
});
