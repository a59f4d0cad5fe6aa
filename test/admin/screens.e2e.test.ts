import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/demo/seed-demo';
import type { TestApp } from '../support/app';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { typeDate } from '../support/dates';
import { ANALYST } from '../support/principals';

let app: TestApp;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
  await seedDemo(app.em());
  page = await (await signedIn(browser, app)).newPage();
  page.on('pageerror', (error) => errors.push(error.message));
});
afterAll(() => stopBackOffice(app, browser));

/** Resource → its list query, to open the show page of one of its demo records. */
const RESOURCES: Record<string, string> = {
  'implantation-maps': 'implantationMaps',
  'candidate-calls': 'candidateCalls',
  candidacies: 'candidacies',
  appointments: 'appointments',
  'mission-letters': 'missionLetters',
  trainings: 'trainings',
  'information-meetings': 'informationMeetings',
  'field-reports': 'fieldReports',
  'annual-reports': 'annualReports',
  regimes: 'regimes',
  commissions: 'commissions',
  'commission-sessions': 'commissionSessions',
  'commission-members': 'commissionMembers',
  opinions: 'opinions',
  'session-attendances': 'sessionAttendances',
  'implantation-map-entries': 'implantationMapEntries',
  'information-meeting-attendances': 'informationMeetingAttendances',
  'social-worker-posts': 'socialWorkerPosts',
  'post-assignments': 'postAssignments',
  replacements: 'replacements',
  conventions: 'conventions',
  'time-allocations': 'timeAllocations',
  'support-professionals': 'supportProfessionals',
  'post-qualifications': 'postQualifications',
  'national-synthesis-reports': 'nationalSynthesisReports',
  consultations: 'consultations',
  'network-reports': 'networkReports',
};

describe('back office: every network, convention, commission and correspondent screen renders the demo data in French', () => {
  it.each(Object.entries(RESOURCES))('%s: list and show', async (resource, query) => {
    const { data } = await app.gql(`{ ${query}(limit: 1) { items { id } } }`);
    const [{ id }] = data![query].items;
    await page.goto(`${app.baseUrl}/admin/#/${resource}`);
    await expect
      .poll(() => page.locator('.RaDataTable-root tbody tr, .MuiTable-root tbody tr').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.goto(`${app.baseUrl}/admin/#/${resource}/${id}/show`);
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('.RaShow-main, .MuiCard-root').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/resources\.|app\.|enums\./);
    expect(errors).toEqual([]);
  });

  it('lists the support professionals’ directory', async () => {
    await page.goto(`${app.baseUrl}/admin/#/support-professionals`);
    await expect.poll(() => page.getByText('Cellule d’écoute et d’alerte').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.locator('body').innerText()).not.toMatch(/resources\.|app\.|enums\./);
    expect(errors).toEqual([]);
  });

  it('seats the Paris ASS missing from their CLAS, from the commission’s page [004 §II.3]', async () => {
    const { data } = await app.gql(`{ commissions(filter: { q: "CLAS-75" }) { items { id code } } }`);
    const clas = data!.commissions.items.find((c: { code: string }) => c.code === 'CLAS-75');
    await page.goto(`${app.baseUrl}/admin/#/commissions/${clas.id}/show/members`);
    await page.getByTestId('seat-ex-officio').click();
    await expect.poll(() => page.getByText('Membre de droit ajouté : 1 ASS.').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const after = await app.gql(`{ clasWithoutExOfficioSocialWorkers(asOf: "2026-06-30") { department { code } } }`);
    expect(after.data!.clasWithoutExOfficioSocialWorkers.map((a: { department: { code: string } }) => a.department.code)).toEqual(['69']);
    expect(errors).toEqual([]);
  });

  it('shows an analyst the home cards and the indicators, without the alert on mobility plans it may not read', async () => {
    const analyst = await (await signedIn(browser, app, ANALYST)).newPage();
    try {
      await analyst.goto(`${app.baseUrl}/admin/#/`);
      const cards = analyst.getByTestId('home-attention');
      await expect.poll(() => cards.locator('[data-testid^="attention-"]').count(), { timeout: 20_000 }).toBe(5);
      expect(await analyst.getByTestId('attention-mobility').count()).toBe(0);
      await analyst.goto(`${app.baseUrl}/admin/#/indicators`);
      await expect.poll(() => analyst.getByTestId('coverage-card').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await analyst.getByTestId('alerts-mobility').count()).toBe(0);
      expect(await analyst.locator('body').innerText()).not.toContain('ne sont pas accessibles à votre rôle');
    } finally {
      await analyst.context().close();
    }
  });

  it('opens the indicators page', async () => {
    await page.goto(`${app.baseUrl}/admin/#/indicators`);
    await typeDate(page.getByTestId('indicators-dashboard'), 'À la date du', '30/06/2026');
    // One card per adopted map in force: the Rhône's and Paris's demo maps.
    await expect.poll(() => page.getByTestId('coverage-card').count(), { timeout: 20_000 }).toBe(2);
    // The alerts' counts have their numbers and axis title (an axis too short for its labels drops them all).
    const alerts = page.getByTestId('alerts-chart');
    await expect.poll(() => alerts.locator('.MuiChartsAxis-directionX .MuiChartsAxis-tickLabel').allTextContents()).toContain('0');
    expect(await alerts.innerText()).toContain('Nombre de cas');
    expect(await page.getByTestId('coverage-card').first().innerText()).toMatch(
      /\d+ correspondants? effectifs? sur \d+ requis ; \d+ services? non couverts?\./,
    );
    expect(await page.locator('body').innerText()).not.toMatch(/resources\.|app\.|enums\./);
    expect(errors).toEqual([]);
  });
});
