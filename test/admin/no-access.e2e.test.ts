import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../api/src/access/demo-accounts';
import { Role } from '../../api/src/access/roles';
import { seedDemo } from '../../seeds/demo/seed-demo';
import type { TestApp } from '../support/app';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
  await seedDemo(app.em());
});
afterAll(() => stopBackOffice(app, browser));

const account = (role: Role) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

/**
 * Addresses of the back office that a demo account's role may not open (its menu leaves them out): a resource its
 * role does not read or that is the national administration's (access grants, personal data accesses), the
 * spreadsheet or import of a type it may not change, a record's edit or create page it may not write, the
 * indicators for a partner ministry (no correspondents data).
 */
const REFUSED: [Role, string, string[]][] = [
  [
    Role.DEPARTMENTAL_ADMIN,
    'Administration départementale',
    [
      '/access-grants',
      '/personal-data-accesses',
      '/national-synthesis-reports',
      '/social-worker-posts/tableur',
      '/post-assignments/import',
    ],
  ],
  [Role.REGIONAL_CTR, 'Conseiller technique régional', ['/access-grants', '/agents/tableur', '/services/create']],
  [Role.ANALYST, 'Analyste', ['/access-grants', '/personal-data-accesses', '/agents/tableur', '/services/create']],
  [Role.PARTNER_MINISTRY, 'Ministère partenaire', ['/access-grants', '/indicators', '/commissions', '/candidacies/tableur']],
];

async function open(page: Page, path: string) {
  await page.goto(`${app.baseUrl}/admin/#${path}`);
  await page
    .locator('[data-testid=no-access], [data-testid=not-found], .RaList-main, .RaEmpty-message, [data-testid=resource-grid], form')
    .first()
    .waitFor({ timeout: 20_000 });
}

describe('back office: a page the role may not open says so', () => {
  it.each(REFUSED)('%s: « Vous n’avez pas accès à cette page », with the way home', async (role, roleName, paths) => {
    const page = await (await signedIn(browser, app, account(role))).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      for (const path of paths) {
        await open(page, path);
        const refused = page.getByTestId('no-access');
        expect(await refused.count(), path).toBe(1);
        expect(await page.getByRole('heading', { level: 1 }).innerText(), path).toBe('Vous n’avez pas accès à cette page');
        expect(await refused.innerText(), path).toContain(`Votre rôle (${roleName}) ne vous donne pas accès à cette page.`);
        expect(await page.getByTestId('not-found').count(), path).toBe(0);
      }
      // The link goes home, where the role's own page shows.
      await page.getByRole('link', { name: 'Page d’accueil' }).click();
      await expect.poll(() => page.evaluate(() => location.hash), { timeout: 20_000 }).toBe('#/');
      await expect.poll(() => page.getByTestId('no-access').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('opens them for the national administration, and keeps « Page non trouvée » for an address that is no page', async () => {
    const page = await (await signedIn(browser, app, account(Role.NATIONAL_ADMIN))).newPage();
    try {
      for (const path of ['/access-grants', '/personal-data-accesses', '/agents/tableur', '/indicators']) {
        await page.goto(`${app.baseUrl}/admin/#${path}`);
        await page.waitForLoadState('networkidle');
        await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 20_000 }).not.toBe('');
        expect(await page.getByTestId('no-access').count(), path).toBe(0);
        expect(await page.getByTestId('not-found').count(), path).toBe(0);
      }
      await open(page, '/nulle-part');
      expect(await page.getByTestId('not-found').count()).toBe(1);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Page non trouvée');
    } finally {
      await page.context().close();
    }
  });
});
