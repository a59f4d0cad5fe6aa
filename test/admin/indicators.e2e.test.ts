import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/demo/seed-demo';
import type { TestApp } from '../support/app';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { typeDate } from '../support/dates';

/** The back office's colour maths (an ES module: imported as the other browser tests import admin/src). */
interface Contrast {
  contrast: (a: string, b: string) => number;
  distinctSeries: (a: string, b: string) => boolean;
}
const colourMaths = (): Promise<Contrast> => import(path.resolve(__dirname, '../../admin/src/shared/contrast.ts'));

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
  await seedDemo(app.em());
});
afterAll(() => stopBackOffice(app, browser));

async function openIndicators(colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await (await signedIn(browser, app, undefined, { colorScheme, viewport: { width: 1600, height: 1100 } })).newPage();
  await page.goto(`${app.baseUrl}/admin/#/indicators`);
  await expect
    .poll(() => page.evaluate(() => document.documentElement.getAttribute('data-fr-theme')), { timeout: 20_000 })
    .toBe(colorScheme);
  await typeDate(page.getByTestId('indicators-dashboard'), 'À la date du', '30/06/2026');
  await expect.poll(() => page.getByTestId('coverage-card').count(), { timeout: 20_000 }).toBe(2);
  return page;
}

/** Runs `check` on the indicators page in that scheme, then closes its browser context whatever happened. */
async function onIndicators(colorScheme: 'light' | 'dark', check: (page: Page) => Promise<void>): Promise<void> {
  const page = await openIndicators(colorScheme);
  try {
    await check(page);
  } finally {
    await page.context().close();
  }
}

describe('back office: the indicators page in the light and dark schemes', () => {
  it.each(['light', 'dark'] as const)(
    '%s: the coverage chart’s three series have distinct colours that stand out from the card',
    async (scheme) => {
      const { contrast, distinctSeries } = await colourMaths();
      await onIndicators(scheme, async (page) => {
        const card = page.getByTestId('coverage-card').first();
        const fill = async (series: string) => {
          const bar = card.locator(`g[data-series="${series}"] > *`).first();
          await bar.waitFor({ state: 'attached', timeout: 20_000 });
          return bar.evaluate((el) => getComputedStyle(el).fill);
        };
        const fills = { required: await fill('required'), appointed: await fill('appointed'), effective: await fill('effective') };
        const background = await card.evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(new Set(Object.values(fills)).size).toBe(3);
        // Each series against the card [WCAG 1.4.11: 3:1], and against the others by lightness and hue.
        for (const colour of Object.values(fills)) expect(contrast(colour, background)).toBeGreaterThanOrEqual(3);
        expect(distinctSeries(fills.required, fills.appointed)).toBe(true);
        expect(distinctSeries(fills.required, fills.effective)).toBe(true);
        expect(distinctSeries(fills.appointed, fills.effective)).toBe(true);
        // The legend names each series.
        for (const name of ['Requis', 'Nommés', 'Effectifs (lettre signée)'])
          expect(await card.locator('.MuiChartsLegend-root').innerText()).toContain(name);
      });
    },
    120_000,
  );

  it('says « Aucun cas. » under each section that has none', async () => {
    await onIndicators('light', async (page) => {
      const sections = ['letter', 'training', 'broken', 'mobility', 'meetings', 'ex-officio', 'reports'].map((s) => `alerts-${s}`);
      await page.getByTestId(sections[0]).waitFor({ timeout: 20_000 });
      const empty: string[] = [];
      for (const id of sections) {
        const section = page.getByTestId(id);
        if (!(await section.count()) || !(await section.locator('.MuiTypography-h6').innerText()).endsWith('(0)')) continue;
        empty.push(id);
        expect(await section.locator('.MuiTypography-body2').allInnerTexts(), id).toEqual(['Aucun cas.']);
      }
      // The demo data leaves some sections empty on 30/06/2026 (else this test would check nothing).
      expect(empty.length).toBeGreaterThan(0);
    });
  }, 120_000);

  it('titles each section with a level-2 heading, as the page’s other sections [RGAA 9.1]', async () => {
    await onIndicators('light', async (page) => {
      await page.getByTestId('alerts-reports').waitFor({ timeout: 20_000 });
      const reports = page.getByTestId('alerts-reports').getByRole('heading', { level: 2 });
      expect(await reports.count()).toBe(1);
      expect(await reports.innerText()).toMatch(/^Rapports d’activité d’ASS non remis \(année précédente\) \(\d+\)$/);
      // No section heading below the page's h1 skips a level (an h6 under the h1).
      expect(await page.locator('[data-testid^="alerts-"] :is(h3, h4, h5, h6)').count()).toBe(0);
    });
  }, 120_000);

  it('lines up its two filters at one height, the DSFR’s small input', async () => {
    await onIndicators('light', async (page) => {
      const filters = page.getByTestId('indicators-filters').locator('.MuiFormControl-root');
      expect(await filters.count()).toBe(2);
      const boxes = await filters.evaluateAll((els) =>
        els.map((el) => el.getBoundingClientRect()).map(({ top, height }) => ({ top, height })),
      );
      expect(boxes[0].height).toBe(40);
      expect(boxes[1]).toEqual(boxes[0]);
    });
  }, 120_000);
});
