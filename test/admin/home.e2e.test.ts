import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../api/src/access/roles';
import type { TestApp } from '../support/app';
import { axeViolations } from '../support/axe';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { serviceWithAgents } from '../support/fixtures';
import { heldPost, post } from '../support/network';

let app: TestApp;
let browser: Browser;
let vacant: { id: string; code: string };
let held: { code: string };

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
  const em = app.em();
  const service = await serviceWithAgents(em, '35', 0);
  // Nothing else in this database: one post no one holds, one held post (it must not appear in the list opened).
  vacant = await post(em, service);
  held = (await heldPost(em, service)).post;
});
afterAll(() => stopBackOffice(app, browser));

describe('back office: home page', () => {
  it('counts the vacant posts and links to the list of exactly those, which says it is restricted and offers the whole list back', async () => {
    const page = await (await signedIn(browser, app)).newPage();
    await page.goto(`${app.baseUrl}/admin/#/`);
    const card = page.getByTestId('attention-vacant');
    await expect.poll(() => card.textContent(), { timeout: 20_000 }).toBe('1poste d’assistant de service social vacant');
    // Nothing to see: the card is no link.
    expect(await page.getByTestId('attention-allocations').textContent()).toBe('0affectation dont les parts de temps ne totalisent pas 1');
    expect(await page.getByTestId('attention-allocations').getByRole('link').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await card.getByRole('link').click();
    await expect
      .poll(() => page.getByTestId('list-selection').textContent(), { timeout: 20_000 })
      .toContain('Liste restreinte à la fiche signalée sur la page d’accueil.');
    await expect.poll(() => page.getByText(vacant.code, { exact: true }).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText(held.code, { exact: true }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Afficher toute la liste' }).click();
    await expect.poll(() => page.getByText(held.code, { exact: true }).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByTestId('list-selection').count()).toBe(0);
  });

  it('counts the ASS annual reports of last year not handed in, linking to those posts, and no ASS missing from a CLAS here', async () => {
    const page = await (await signedIn(browser, app)).newPage();
    await page.goto(`${app.baseUrl}/admin/#/`);
    // Last year in Paris (the held post was held all of it; the vacant one owes nothing) [004 §II.1–3].
    const year = Number(new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date())) - 1;
    const card = page.getByTestId('attention-reports');
    await expect.poll(() => card.textContent(), { timeout: 20_000 }).toBe(`1rapport d’activité d’ASS de ${year} non remis`);
    // No CLAS in this database, hence no ASS to seat there: a count of 0 and no link.
    expect(await page.getByTestId('attention-exOfficio').textContent()).toBe('0ASS à faire siéger de droit à sa CLAS');
    expect(await page.getByTestId('attention-exOfficio').getByRole('link').count()).toBe(0);
    await card.getByRole('link').click();
    await expect.poll(() => page.getByText(held.code, { exact: true }).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText(vacant.code, { exact: true }).count()).toBe(0);
  });

  it('shows the CTR the network’s alerts only, the national administration both', async () => {
    const ctr = await (
      await signedIn(browser, app, { subject: 'ctr.bretagne@interieur.gouv.fr', role: Role.REGIONAL_CTR, perimeter: ['53'] })
    ).newPage();
    await ctr.goto(`${app.baseUrl}/admin/#/`);
    await expect.poll(() => ctr.getByTestId('home-network-attention').count(), { timeout: 20_000 }).toBe(1);
    await expect
      .poll(() => ctr.getByTestId('attention-vacant').textContent(), { timeout: 20_000 })
      .toContain('poste d’assistant de service social vacant');
    expect(await ctr.getByTestId('home-attention').count()).toBe(0);
    // The perimeter by name, not by its INSEE code alone.
    await expect.poll(() => ctr.locator('body').innerText()).toContain('Périmètre : 53 – Bretagne.');

    const national = await (await signedIn(browser, app)).newPage();
    await national.goto(`${app.baseUrl}/admin/#/`);
    await expect.poll(() => national.getByTestId('attention-letters').count(), { timeout: 20_000 }).toBe(1);
    // The network's alerts come from their own query, which may answer after the correspondents' one.
    await expect.poll(() => national.getByTestId('attention-vacant').count(), { timeout: 20_000 }).toBe(1);
  });
});
