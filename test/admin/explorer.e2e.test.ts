import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app';
import { startBackOffice, stopBackOffice } from '../support/browser';

let app: TestApp;
let browser: Browser;

// Production mode: introspection is off, so the explorer must work from the schema it bundles.
beforeAll(async () => {
  ({ app, browser } = await startBackOffice({ production: true }));
});
afterAll(() => stopBackOffice(app, browser));

describe('API explorer (/explorer/)', () => {
  it('signs in like the back office, loads nothing from another host, offers the analyst’s examples and runs a query', async () => {
    const context = await browser.newContext();
    const requests: string[] = [];
    const graphqlBodies: string[] = [];
    context.on('request', (request) => {
      requests.push(request.url());
      if (request.url().endsWith('/graphql')) graphqlBodies.push(request.postData() ?? '');
    });
    const page = await context.newPage();

    // Not signed in: the back office's login page, then back to the explorer.
    await page.goto(`${app.baseUrl}/explorer/`);
    await expect.poll(() => page.getByText('Connexion au registre').isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByLabel('Compte de démonstration').click();
    await page.getByRole('option', { name: /Analyste/ }).click();
    await page.getByLabel('Mot de passe').fill('demo-test');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => page.evaluate(() => location.pathname), { timeout: 20_000 }).toBe('/explorer/');
    await expect.poll(() => page.getByText('Connecté : Analyste (Analyste)').isVisible(), { timeout: 30_000 }).toBe(true);

    // The analyst's example operations are the tabs, the first one open with its variables.
    const tabs = page.locator('.graphiql-tab');
    await expect
      .poll(() => tabs.allInnerTexts(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('AnalystHeadcounts'), expect.stringContaining('AnalystSocialWorkerRatio')]));
    expect(await tabs.count()).toBe(2);
    // The query editor (Monaco) shows a tab's operation once it has started: wait for the open tab's text, then switch.
    const editor = page.locator('.graphiql-query-editor');
    await expect.poll(() => editor.innerText(), { timeout: 30_000 }).toMatch(/query\sAnalyst/);
    await tabs.filter({ hasText: 'AnalystHeadcounts' }).click();
    await expect.poll(() => editor.innerText(), { timeout: 30_000 }).toMatch(/query\sAnalystHeadcounts/);
    // GraphiQL's editors (Monaco) start after its tabs show; a run asked before the query editor holds the query sends
    // nothing, as a user would see: ask again until the request leaves.
    const execute = page.getByRole('button', { name: /Execute query/ });
    await expect
      .poll(
        async () => {
          if (!graphqlBodies.some((body) => body.includes('AnalystHeadcounts'))) await execute.click();
          return page.locator('.result-window').innerText();
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toContain('"headcount"');
    expect(await page.locator('.result-window').innerText()).not.toContain('"errors"');

    // No request to another host (fonts, workers and styles are bundled), and no introspection query.
    const origin = new URL(app.baseUrl).origin;
    const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
    expect(foreign).toEqual([]);
    expect(graphqlBodies.length).toBeGreaterThan(0);
    expect(graphqlBodies.filter((body) => body.includes('__schema'))).toEqual([]);
    await context.close();
  });

  it('is where a browser opening /graphql lands; API clients still get GraphQL there', async () => {
    const browserGet = await fetch(`${app.baseUrl}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      redirect: 'manual',
    });
    expect(browserGet.status).toBe(302);
    expect(browserGet.headers.get('location')).toBe('/explorer/');
    const client = await fetch(`${app.baseUrl}/graphql?query=%7B__typename%7D`, { headers: { accept: 'application/json' } });
    expect(client.status).toBe(401);
  });

  it('documents every error code from the bundled schema', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const token = (await app.authorization()).replace(/^Bearer /, '');
    const { data } = await app.gql<{ me: unknown }>('{ me { subject name role perimeter writableTypes } }');
    await context.addInitScript(
      ([t, me]) => {
        sessionStorage.setItem('registre.token', t);
        sessionStorage.setItem('registre.me', me);
      },
      [token, JSON.stringify(data!.me)],
    );
    await page.goto(`${app.baseUrl}/explorer/`);
    await page.getByRole('button', { name: /Show Documentation Explorer/ }).click();
    await page.locator('.graphiql-doc-explorer-search-input input').fill('ErrorCode');
    await page
      .getByRole('option', { name: /ErrorCode/ })
      .first()
      .click();
    await expect.poll(() => page.getByText('SERVICE_PARENT_CYCLE').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByText('l’arborescence formerait une boucle').count()).toBeGreaterThan(0);
    await context.close();
  });
});
