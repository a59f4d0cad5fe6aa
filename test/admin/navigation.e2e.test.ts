import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/demo/seed-demo';
import type { TestApp } from '../support/app';
import { axeViolations } from '../support/axe';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { pageText, unreadable } from '../support/words';

let app: TestApp;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const requested: string[] = [];

const SITE = 'Registre de l’action sociale';

/** The menu by task, as the national administration sees it: each group's entries, by the route they open. */
const GROUPS: [string, string[]][] = [
  [
    'Référentiel',
    [
      '/services',
      '/services/tableur',
      '/agents',
      '/agents/tableur',
      '/service-sites',
      '/service-headcounts',
      '/ministries',
      '/regions',
      '/departments',
      '/overseas-collectivities',
    ],
  ],
  [
    'Correspondants',
    [
      '/implantation-maps',
      '/implantation-map-entries/tableur',
      '/candidate-calls',
      '/candidacies',
      '/candidacies/tableur',
      '/appointments',
      '/mission-letters',
      '/trainings',
      '/information-meetings',
      '/field-reports',
      '/support-professionals',
    ],
  ],
  ['Commissions', ['/commissions', '/commission-sessions', '/commission-members', '/opinions', '/session-attendances', '/consultations']],
  [
    'Réseau et conventions',
    [
      '/social-worker-posts',
      '/social-worker-posts/tableur',
      '/post-assignments',
      '/post-assignments/tableur',
      '/replacements',
      '/network-reports',
      '/conventions',
      '/time-allocations/tableur',
    ],
  ],
  ['Pilotage', ['/indicators', '/network-ratio', '/annual-reports', '/national-synthesis-reports']],
  ['Administration', ['/regimes', '/post-qualifications', '/personal-data-accesses', '/access-grants']],
];

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
  await seedDemo(app.em());
  page = await (await signedIn(browser, app)).newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requested.push(request.url()));
});
afterAll(() => stopBackOffice(app, browser));

const heading = () => page.getByRole('heading', { level: 1 });

/** The page's <h1> once filled with another text than the previous page's, and the document's title, which must follow it. */
async function pageTitle(previous: string): Promise<string> {
  await expect.poll(async () => [previous, ''].includes((await heading().textContent())?.trim() ?? ''), { timeout: 20_000 }).toBe(false);
  const title = (await heading().textContent())!.trim();
  await expect.poll(() => page.title()).toBe(`${title} – ${SITE}`);
  return title;
}

describe('back office: the menu by task', () => {
  it.each(GROUPS)(
    'group « %s » opens each of its pages, titled, without an accessibility fault',
    async (group, routes) => {
      await page.goto(`${app.baseUrl}/admin/#/`);
      await expect.poll(() => heading().textContent(), { timeout: 20_000 }).toBe('Accueil');
      const menu = page.locator('#app-menu');
      const button = page.getByRole('button', { name: group, exact: true });
      const toggle = menu.locator(button);
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');

      const section = menu.locator('li').filter({ has: button });
      const hrefs = await section.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(routes.map((route) => `#${route}`));
      let previous = 'Accueil';
      for (const route of routes) {
        const link = section.locator(`a[href="#${route}"]`);
        // Full labels: the text wraps, it is never cut with an ellipsis.
        expect(await link.evaluate((a) => a.scrollWidth <= a.clientWidth && getComputedStyle(a).textOverflow !== 'ellipsis')).toBe(true);
        await link.click();
        await expect.poll(() => page.evaluate(() => location.hash.split('?')[0])).toBe(`#${route}`);
        const title = await pageTitle(previous);
        previous = title;
        await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
        await page.waitForLoadState('networkidle');
        expect(await axeViolations(page), `${route} (« ${title} »)`).toEqual([]);
        // No id, ISO date, enum code, English word or raw key on the demo data.
        expect(unreadable(...(await pageText(page))), route).toEqual([]);
      }
      expect(errors).toEqual([]);
    },
    240_000,
  );
});

describe('back office: record pages', () => {
  it('title a record by its kind and name, not its kind twice when its name says it', async () => {
    const { data } = await app.gql<{
      commissions: { items: { id: string; name: string }[] };
      socialWorkerPosts: { items: { id: string; code: string }[] };
    }>(
      `{ commissions(filter: { q: "Commission locale" }, limit: 1) { items { id name } } socialWorkerPosts(limit: 1, sort: [{ field: "code" }]) { items { id code } } }`,
    );
    const [commission] = data!.commissions.items;
    expect(commission.name).toMatch(/^Commission /);
    await page.goto(`${app.baseUrl}/admin/#/commissions/${commission.id}/show`);
    expect(await pageTitle('')).toBe(commission.name);
    const [post] = data!.socialWorkerPosts.items;
    await page.goto(`${app.baseUrl}/admin/#/social-worker-posts/${post.id}/show/holders`);
    const postTitle = await pageTitle(commission.name);
    expect(postTitle).toMatch(new RegExp(`^Poste du service social ${post.code} – `));
    // Its attached records' tab: one « Affecter un agent » button, not labelled by its own words above it.
    await expect.poll(() => page.getByRole('link', { name: 'Affecter un agent' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText('Affecter un agent', { exact: true }).count()).toBe(1);
    // The edit page likewise.
    await page.goto(`${app.baseUrl}/admin/#/commissions/${commission.id}`);
    expect(await pageTitle(postTitle)).toBe(commission.name);
  });
});

describe('back office: the State design system', () => {
  it('shows the « République française » block, the service’s name and the footer, with the Marianne font served by the application', async () => {
    await page.goto(`${app.baseUrl}/admin/#/`);
    const header = page.locator('header.fr-header');
    await expect.poll(() => header.locator('.fr-logo').innerText(), { timeout: 20_000 }).toMatch(/République\s+française/i);
    expect(await header.locator('.fr-header__service-title').innerText()).toBe(SITE);
    expect(await page.locator('footer.fr-footer').count()).toBe(1);
    expect(await page.getByRole('contentinfo').getByText('Accessibilité : non conforme').count()).toBe(1);

    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^Marianne/);
    expect(await page.evaluate(() => document.fonts.check('16px Marianne'))).toBe(true);
    expect(requested.filter((url) => /Marianne.*\.woff2?$/.test(url)).length).toBeGreaterThan(0);
  });

  it('has a favicon, served by the application', async () => {
    const href = await page
      .locator('link[rel="icon"]')
      .first()
      .evaluate((link) => (link as HTMLLinkElement).href);
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/image\/svg\+xml/);
  });

  it('switches to the dark scheme from « Paramètres d’affichage », and follows the system’s at first', async () => {
    const dark = await (await signedIn(browser, app, undefined, { colorScheme: 'dark' })).newPage();
    await dark.goto(`${app.baseUrl}/admin/#/`);
    await expect.poll(() => dark.evaluate(() => document.documentElement.getAttribute('data-fr-theme')), { timeout: 20_000 }).toBe('dark');
    // The MUI components follow (their theme is applied on the next render, hence the poll): the page's background is the DSFR's dark grey.
    await expect
      .poll(() => dark.evaluate(() => getComputedStyle(document.body).backgroundColor), { timeout: 10_000 })
      .toBe('rgb(22, 22, 22)');
    await expect.poll(() => dark.getByTestId('home-attention').count(), { timeout: 20_000 }).toBe(1);
    await dark.waitForLoadState('networkidle');
    expect(await axeViolations(dark)).toEqual([]);

    // The spreadsheet too: its cells on the page's dark grey, not react-data-grid's white.
    await dark.goto(`${app.baseUrl}/admin/#/agents/tableur`);
    await dark.locator('[role=row][aria-rowindex]').nth(1).waitFor({ timeout: 20_000 });
    const grid = () => dark.locator('.rdg').evaluate((g) => getComputedStyle(g).backgroundColor);
    expect(await grid()).toBe('rgb(22, 22, 22)');
    await dark.waitForLoadState('networkidle');
    expect(await axeViolations(dark)).toEqual([]);

    await dark.getByRole('banner').getByRole('button', { name: 'Paramètres d’affichage' }).click();
    await dark.getByText('Thème clair').click();
    await expect.poll(() => dark.evaluate(() => document.documentElement.getAttribute('data-fr-theme'))).toBe('light');
    await expect.poll(() => dark.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await expect.poll(grid).toBe('rgb(255, 255, 255)');
    await dark.context().close();
  });

  it('answers an unknown address with a French « page non trouvée » that leads back home, without a translation key', async () => {
    await page.goto(`${app.baseUrl}/admin/#/pas-une-page`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 20_000 }).toBe('Page non trouvée');
    expect(await page.title()).toBe(`Page non trouvée – ${SITE}`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('La page que vous cherchez est introuvable.');
    expect(text).not.toMatch(/app\.|ra\.|\.\./);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Page d’accueil' }).click();
    await expect.poll(() => page.getByTestId('home-attention').count(), { timeout: 20_000 }).toBe(1);
  });

  it('sends no request to another host', () => {
    const origin = new URL(app.baseUrl).origin;
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
  });
});
