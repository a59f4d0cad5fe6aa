import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Principal, Role } from '../../api/src/access/roles';
import type { TestApp } from '../support/app';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { department } from '../support/fixtures';
import { must } from '../support/lifecycle';
import { pdfText } from '../support/pdf';

/** The back office's « Télécharger (PDF) »: the file the browser saves is the API's document, with the user's rights. */
let app: TestApp;
let browser: Browser;
let reportId: string;
const ADMIN_29: Principal = { subject: 'admin.29@interieur.gouv.fr', role: Role.DEPARTMENTAL_ADMIN, perimeter: ['29'] };

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
  reportId = must(
    await app.gql(`mutation($i: AnnualReportInput!) { createAnnualReport(input: $i) { id } }`, {
      i: { departmentId: (await department(app.em(), '29')).id, year: 2026, narrative: 'Le réseau du Finistère en 2026.' },
    }),
  ).createAnnualReport.id;
});
afterAll(() => stopBackOffice(app, browser));

async function downloaded(page: Page, label: string) {
  const button = page.getByRole('button', { name: label });
  await button.waitFor({ timeout: 20_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: (await pdfText(await readFile((await file.path())!))).text };
}

describe('back office: generated documents', () => {
  it('a departmental administrator downloads its department’s annual report, and is offered no national synthesis', async () => {
    const page = await (await signedIn(browser, app, ADMIN_29)).newPage();
    await page.goto(`${app.baseUrl}/admin/#/annual-reports/${reportId}/show`);
    const { name, text } = await downloaded(page, 'Télécharger (PDF)');
    expect(name).toBe('rapport-annuel-d-activite-2026-des-correspondants-de-l-action-sociale-finistere-29.pdf');
    expect(text).toContain('Réseau des correspondants de l’action sociale du Finistère (29)');
    expect(text).toContain('Le réseau du Finistère en 2026.');
    expect(text).toContain('§2.7');
    expect(await page.getByRole('button', { name: 'Synthèse nationale de l’année (PDF)' }).count()).toBe(0);
  });

  it('a national administrator downloads the national synthesis of the report’s year', async () => {
    const page = await (await signedIn(browser, app)).newPage();
    await page.goto(`${app.baseUrl}/admin/#/annual-reports/${reportId}/show`);
    const { text } = await downloaded(page, 'Synthèse nationale de l’année (PDF)');
    expect(text).toContain('Synthèse nationale 2026');
    expect(text).toContain('pour la commission nationale d’action sociale (CNAS)');
  });
});
