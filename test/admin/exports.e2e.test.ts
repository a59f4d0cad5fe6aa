import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { parseCsv } from '../support/csv';
import { serviceWithAgents } from '../support/fixtures';
import { ADMIN_75 } from '../support/principals';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
  page = await (await signedIn(browser, app, ADMIN_75)).newPage();
});
afterAll(() => stopBackOffice(app, browser));

describe('back office: « Exporter » downloads the server’s export of the list as filtered and sorted on screen', () => {
  it('a departmental administrator exports its agents of one status, sorted by name, in CSV', async () => {
    const paris = await serviceWithAgents(app.em(), '75', 4);
    await serviceWithAgents(app.em(), '35', 3); // out of the perimeter
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const filter = encodeURIComponent(JSON.stringify({ status: 'TITULAIRE' }));
    await page.goto(`${app.baseUrl}/admin/#/agents?filter=${filter}&sort=lastName&order=DESC`);
    await expect.poll(() => page.getByText('Agent 3', { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);

    await page.getByRole('button', { name: 'Exporter' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /^CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^agents-\d{4}-\d\d-\d\d\.csv$/);
    const text = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...rows] = parseCsv(text);
    const ids = rows.map((r) => r[header.indexOf('Identifiant')]);

    // The file is the API's list for this caller, filter and sort: its perimeter only, every row, in order.
    const { data } = await app.as(ADMIN_75)(
      `{ agents(filter: { status: TITULAIRE }, sort: [{ field: "lastName", order: DESC }], limit: 500) { items { id service { code } } } }`,
    );
    expect(ids).toEqual(data!.agents.items.map((a: { id: string }) => a.id));
    expect(new Set(rows.map((r) => r[header.indexOf('Statut')]))).toEqual(new Set(['Titulaire']));
    expect(rows.map((r) => r[header.indexOf('Service')])).toContain(paris.code);
    // Made by the server in one request, not paged through GraphQL by the browser.
    const exports = requests.filter((u) => u.includes('/exports/'));
    expect(exports).toHaveLength(1);
    const sent = new URL(exports[0]);
    expect(sent.pathname).toBe('/exports/agents.csv');
    expect(JSON.parse(sent.searchParams.get('filter')!)).toEqual({ status: 'TITULAIRE' });
    expect(JSON.parse(sent.searchParams.get('sort')!)).toEqual([{ field: 'lastName', order: 'DESC' }]);
  });

  it('in XLSX too, from a list without a spreadsheet view', async () => {
    await page.goto(`${app.baseUrl}/admin/#/regions`);
    await page.getByRole('button', { name: 'Exporter' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /XLSX/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^regions-\d{4}-\d\d-\d\d\.xlsx$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip container, as every XLSX file
  });
});
