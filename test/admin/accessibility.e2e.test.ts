import path from 'node:path';
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

/** The back office's own modules (ESM for Vite): loaded at run time, outside the API's type-check. */
const admin = (file: string) => import(path.resolve(__dirname, '../../admin/src', file));

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
  await seedDemo(app.em());
  page = await (await signedIn(browser, app)).newPage();
  page.on('pageerror', (error) => errors.push(error.message));
});
afterAll(() => stopBackOffice(app, browser));

/** What a page must be, wherever it is: no serious or critical axe fault [RGAA 4.1 / WCAG 2.1 AA], nothing unreadable. */
async function checkScreen(where: string): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  // A dialog or tooltip still fading in has the contrast of its first frames: axe reads the page at rest.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const faults = (await axeViolations(page)).map((v) => `${where} : axe ${v.id} (${v.impact}) ${v.help} — ${v.nodes.join(' | ')}`);
  const words = unreadable(...(await pageText(page))).map((w) => `${where} : ${w}`);
  return [...faults, ...words];
}

/**
 * Which of react-admin's pages the route drew (`RaShow-main`…), once it drew one. A list with no record and no filter
 * swaps its main block for the empty page (`RaList-noResults`) once its data arrives: both read as « List », or the
 * block found while loading would be gone when its class is read (the access grants' list, empty in the demo data).
 */
async function drawn(): Promise<string> {
  const main = page.locator('.RaShow-main, .RaEdit-main, .RaCreate-main, .RaList-main, .RaList-noResults').first();
  await main.waitFor({ timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  return (await main.getAttribute('class'))!.match(/Ra(Show|Edit|Create|List)-(main|noResults)/)![1];
}

/** An open dialog: MUI's (`role=dialog`) or the DSFR's native `<dialog>`. */
const openDialog = () => page.getByRole('dialog');

/** The dialogs opened so far, by their button. */
const dialogsSeen = new Set<string>();

/**
 * Every button of the page that opens a dialog (`aria-haspopup="dialog"`): open it, check it, close it with Escape,
 * and the focus must come back to the button [RGAA 7.1, 12.8].
 */
async function checkDialogs(where: string, seen = dialogsSeen): Promise<string[]> {
  const faults: string[] = [];
  const buttons = page.locator('main [aria-haspopup="dialog"]:visible');
  for (let i = 0; i < (await buttons.count()); i++) {
    const button = buttons.nth(i);
    const name = (await button.getAttribute('data-testid')) ?? (await button.innerText());
    if (seen.has(name)) continue;
    seen.add(name);
    await button.click();
    await openDialog().first().waitFor({ timeout: 10_000 });
    faults.push(...(await checkScreen(`${where}, dialogue « ${name} »`)));
    await page.keyboard.press('Escape');
    await expect.poll(() => openDialog().count(), { timeout: 10_000 }).toBe(0);
    if (!(await button.evaluate((b) => b === document.activeElement)))
      faults.push(`${where}, dialogue « ${name} » : le focus ne revient pas au bouton`);
  }
  return faults;
}

/**
 * A record's pages: its show page with each tab and the dialogs they open, then its edit form when the caller may
 * edit; a resource without a show page opens its edit form on that route.
 */
async function recordPages(resource: string, id: string): Promise<string[]> {
  const faults: string[] = [];
  await page.goto(`${app.baseUrl}/admin/#/${resource}/${id}/show`);
  if ((await drawn()) === 'Edit') return checkScreen(`${resource} modification`);
  faults.push(...(await checkScreen(`${resource} fiche`)), ...(await checkDialogs(`${resource} fiche`)));
  const tabs = await page.locator('main [role=tab][href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  for (const href of tabs.slice(1)) {
    await page.goto(`${app.baseUrl}/admin/${href}`);
    await drawn();
    faults.push(...(await checkScreen(`${resource} ${href}`)), ...(await checkDialogs(`${resource} ${href}`)));
  }
  if ((await page.locator(`main a[href="#/${resource}/${id}"]`).count()) > 0) {
    await page.goto(`${app.baseUrl}/admin/#/${resource}/${id}`);
    expect(await drawn()).toBe('Edit');
    faults.push(...(await checkScreen(`${resource} modification`)));
  }
  return faults;
}

/** Resources whose records move through a workflow: their show pages carry its buttons. */
const WORKFLOWS = [
  'implantation-maps',
  'candidacies',
  'appointments',
  'mission-letters',
  'annual-reports',
  'national-synthesis-reports',
  'consultations',
];

/** Resources with record pages, checked below; those with a list only are checked by the menu's test (navigation). */
const RECORD_PAGES = [
  'services',
  'agents',
  'service-sites',
  'service-headcounts',
  'ministries',
  'regions',
  'departments',
  'implantation-maps',
  'implantation-map-entries',
  'candidate-calls',
  'candidacies',
  'appointments',
  'mission-letters',
  'trainings',
  'information-meetings',
  'information-meeting-attendances',
  'field-reports',
  'support-professionals',
  'commissions',
  'commission-sessions',
  'commission-members',
  'opinions',
  'session-attendances',
  'consultations',
  'social-worker-posts',
  'post-sectors',
  'post-assignments',
  'replacements',
  'network-reports',
  'conventions',
  'convention-scopes',
  'time-allocations',
  'annual-reports',
  'national-synthesis-reports',
  'regimes',
  'post-qualifications',
  'access-grants',
];
const LIST_ONLY = ['overseas-collectivities', 'personal-data-accesses'];
/** Listed on their parent's page (a post's sectors, a convention's zone): no list of their own to find the create button on. */
const FORMS_ONLY = new Set(['post-sectors', 'convention-scopes']);

describe('back office: every record page and dialog is accessible and readable (national administration, demo data)', () => {
  it('checks every resource of the API that has pages', async () => {
    const { resourceNames } = await admin('dataProvider/schema.ts');
    expect((resourceNames() as string[]).filter((r) => !RECORD_PAGES.includes(r) && !LIST_ONLY.includes(r))).toEqual([]);
  });

  it.each(RECORD_PAGES)(
    '%s: show page, each tab and dialog, edit and create forms',
    async (resource) => {
      const { shapeOf } = await admin('dataProvider/schema.ts');
      const list = shapeOf(resource).list as string;
      const { data } = await app.gql<Record<string, { items: { id: string }[] }>>(`{ ${list}(limit: 1) { items { id } } }`);
      const [record] = data![list].items;
      const faults: string[] = [];
      // Access grants: none in the demo data (the demo accounts sign in without one); their create form is checked below.
      if (record) faults.push(...(await recordPages(resource, record.id)));
      else expect(resource).toBe('access-grants');
      let creatable = FORMS_ONLY.has(resource);
      if (!creatable) {
        await page.goto(`${app.baseUrl}/admin/#/${resource}`);
        expect(await drawn()).toBe('List');
        creatable = (await page.locator(`main a[href="#/${resource}/create"]`).count()) > 0;
      }
      if (creatable) {
        await page.goto(`${app.baseUrl}/admin/#/${resource}/create`);
        expect(await drawn()).toBe('Create');
        faults.push(...(await checkScreen(`${resource} création`)));
        // « Créer un agent », not react-admin's « Créer Agent ».
        expect(await page.locator('#react-admin-title').innerText()).toMatch(/^Créer (un|une) [a-zà-ÿ’]/);
      }
      expect(faults).toEqual([]);
      expect(errors).toEqual([]);
    },
    120_000,
  );

  it('opens every workflow dialog the demo records offer, on each record whose state offers one not opened yet', async () => {
    const { shapeOf } = await admin('dataProvider/schema.ts');
    const faults: string[] = [];
    for (const resource of WORKFLOWS) {
      const list = shapeOf(resource).list as string;
      const { data } = await app.gql<Record<string, { items: { id: string; allowedTransitions: string[] }[] }>>(
        `{ ${list}(limit: 200) { items { id allowedTransitions } } }`,
      );
      const tried = new Set<string>();
      for (const { id, allowedTransitions } of data![list].items) {
        if (allowedTransitions.every((action) => tried.has(action))) continue;
        allowedTransitions.forEach((action) => tried.add(action));
        await page.goto(`${app.baseUrl}/admin/#/${resource}/${id}/show`);
        await drawn();
        faults.push(...(await checkDialogs(`${resource} ${id}`)));
        const tabs = await page.locator('main [role=tab][href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
        for (const href of tabs.slice(1)) {
          await page.goto(`${app.baseUrl}/admin/${href}`);
          await drawn();
          faults.push(...(await checkDialogs(`${resource} ${href}`)));
        }
      }
    }
    expect(faults).toEqual([]);
    // The dialogs the demo data's states offer (the others are opened by the workflow tests on their own data).
    expect([...dialogsSeen].sort()).toEqual([
      'workflow-APPOINT',
      'workflow-END',
      'workflow-GIVE_HEAD_OPINION',
      'workflow-NOT_SELECT',
      'workflow-RECORD_OPINION',
      'workflow-SIGN',
      'workflow-WITHDRAW',
    ]);
  }, 300_000);

  it('checks the confirmation dialogs of a list’s bulk actions, and the display settings', async () => {
    const faults: string[] = [];
    await page.goto(`${app.baseUrl}/admin/#/agents`);
    await drawn();
    await page.locator('main tbody input[type=checkbox]').first().check();
    for (const name of ['Désactiver', 'Supprimer']) {
      const button = page.getByRole('button', { name, exact: true });
      await button.click();
      await openDialog().first().waitFor({ timeout: 10_000 });
      faults.push(...(await checkScreen(`agents, confirmation « ${name} »`)));
      await page.keyboard.press('Escape');
      await expect.poll(() => openDialog().count()).toBe(0);
      expect(await button.evaluate((b) => b === document.activeElement), name).toBe(true);
    }
    const settings = page.getByRole('banner').getByRole('button', { name: 'Paramètres d’affichage' });
    await settings.click();
    await openDialog().first().waitFor({ timeout: 10_000 });
    faults.push(...(await checkScreen('paramètres d’affichage')));
    await page.keyboard.press('Escape');
    await expect.poll(() => openDialog().count()).toBe(0);
    expect(faults).toEqual([]);
  });
});

describe('back office: the ratio chart reads in full', () => {
  it('names each region whole down its side, and labels its value axis', async () => {
    await page.goto(`${app.baseUrl}/admin/#/network-ratio`);
    const chart = page.getByTestId('ratio-chart');
    await chart.waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const ticks = () => chart.locator('.MuiChartsAxis-tickLabel').allTextContents();
    await expect.poll(ticks, { timeout: 20_000 }).toContain("Provence-Alpes-Côte d'Azur");
    const labels = await ticks();
    expect(labels.filter((t) => t.endsWith('…'))).toEqual([]);
    // Counts of agents: whole numbers, French grouping.
    expect(labels).toEqual(expect.arrayContaining(['0', '200']));
    expect(labels.some((t) => /^1\s000$/.test(t))).toBe(true);
  });
});

describe('back office: focus is always visible [RGAA 10.7]', () => {
  it('draws the DSFR focus outline on links, buttons, inputs and the spreadsheet’s cells reached with Tab', async () => {
    page = await (await signedIn(browser, app)).newPage();
    await page.goto(`${app.baseUrl}/admin/#/agents/tableur`);
    await page.locator('[role=row][aria-rowindex]').nth(1).waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    await page.locator('body').focus();
    const outlines: string[] = [];
    const kinds = new Set<string>();
    const wanted = ['bouton', 'cellule', 'champ', 'lien'];
    for (let i = 0; i < 150 && !wanted.every((k) => kinds.has(k)); i++) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const kind = ['gridcell', 'columnheader'].includes(el.getAttribute('role') ?? '')
          ? 'cellule'
          : el.tagName === 'INPUT' || el.getAttribute('role') === 'combobox'
            ? 'champ'
            : el.tagName === 'A'
              ? 'lien'
              : el.tagName === 'BUTTON'
                ? 'bouton'
                : el.tagName;
        // The ring may be drawn around the element by an ancestor (MUI's input frame, around the input and its
        // adornments) or by its ::before (the DSFR's enlarged links: the header's brand block the link covers).
        const frames = [el, el.parentElement, el.parentElement?.parentElement, el.closest<HTMLElement>('.MuiInputBase-root')];
        const rings = [
          ...frames.filter((x): x is HTMLElement => !!x).map((x) => getComputedStyle(x)),
          getComputedStyle(el, '::before'),
        ].filter((style) => style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2);
        return { kind, html: el.outerHTML.slice(0, 100), ringed: rings.length > 0 };
      });
      if (!seen) continue;
      kinds.add(seen.kind);
      if (!seen.ringed) outlines.push(`${seen.kind} sans contour visible : ${seen.html}`);
    }
    expect([...kinds].sort()).toEqual(expect.arrayContaining(wanted));
    expect(outlines).toEqual([]);
  }, 120_000);
});
