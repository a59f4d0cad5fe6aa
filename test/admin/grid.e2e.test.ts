import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL, type TestApp } from '../support/app';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { dateShown } from '../support/dates';
import { serviceWithAgents } from '../support/fixtures';
import { Convention } from '../../api/src/conventions/convention.entity';
import { ConventionScope } from '../../api/src/conventions/convention-scope.entity';
import { AllocationTarget, ConventionBasis, ConventionKind } from '../../api/src/conventions/enums';
import { TimeAllocation } from '../../api/src/conventions/time-allocation.entity';
import { heldPost } from '../support/network';
import { button, cell, openGrid, outcome, typeInto } from '../support/grid';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
});
afterAll(() => stopBackOffice(app, browser));

const newPage = async (): Promise<[BrowserContext, Page]> => {
  const context = await signedIn(browser, app, NATIONAL, {
    viewport: { width: 1900, height: 1400 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  return [context, await context.newPage()];
};

/** The agents of a service in the grid's order (by name, then id), read through GraphQL. */
async function agentsOf(serviceId: string) {
  const { data } = await app.gql(
    `query($s: ID!) { agents(filter: { serviceId: $s }, sort: [{ field: "lastName" }], limit: 100) { items { id version registrationNumber lastName grade status category email } } }`,
    { s: serviceId },
  );
  return data!.agents.items as {
    id: string;
    version: number;
    registrationNumber: string;
    lastName: string;
    grade: string;
    status: string;
    category: string;
    email: string | null;
  }[];
}

describe('back office: spreadsheet view of agents', () => {
  it('pastes a 3 × 20 range from the clipboard, marks exactly the two invalid cells, saves once they are fixed', async () => {
    const service = await serviceWithAgents(app.em(), '35', 20);
    const [context, page] = await newPage();
    await openGrid(page, app.baseUrl, 'agents', { serviceId: service.id }, 20);
    // A range as LibreOffice copies it: status, category, email; row 4 has category "D", row 13 an invalid email.
    const lines = Array.from({ length: 20 }, (_, i) => [
      'Contractuel',
      i === 4 ? 'D' : 'B',
      i === 13 ? 'pas-un-courriel' : `agent${i}@interieur.gouv.fr`,
    ]);
    await page.evaluate((text) => navigator.clipboard.writeText(text), `${lines.map((l) => l.join('\t')).join('\r\n')}\r\n`);
    await (await cell(page, 0, 'Statut')).click();
    await page.keyboard.press('Control+V');
    // Polls of 20 s after the paste, Valider and Enregistrer: under load (2 cores, several browsers) a round trip
    // to the API took over a second, the default poll's timeout.
    await expect.poll(() => page.locator('.grid-staged').count(), { timeout: 20_000 }).toBe(60);
    // The category that does not convert is marked at once; the email rule is the API's: Valider shows it.
    await expect.poll(() => page.locator('.grid-error').count(), { timeout: 20_000 }).toBe(1);
    await button(page, 'Valider').click();
    await expect.poll(() => outcome(page), { timeout: 20_000 }).toContain('2 erreurs,');
    expect(await page.locator('.grid-error').count()).toBe(2);
    expect(await (await cell(page, 4, 'Catégorie')).getAttribute('class')).toContain('grid-error');
    expect(await (await cell(page, 4, 'Catégorie')).locator('span').getAttribute('title')).toBe(
      '« D » : valeurs possibles : Catégorie A, Catégorie B, Catégorie C.',
    );
    expect(await (await cell(page, 13, 'Courriel')).locator('span').getAttribute('title')).toBe(
      'Adresse électronique invalide : « pas-un-courriel ».',
    );
    expect(await page.getByTestId('grid-issues').locator('tbody tr').count()).toBe(2);
    // Valider wrote nothing.
    expect((await agentsOf(service.id)).every((a) => a.version === 1 && a.status === 'TITULAIRE')).toBe(true);

    await typeInto(await cell(page, 4, 'Catégorie'), 'Catégorie B');
    await typeInto(await cell(page, 13, 'Courriel'), 'agent13@interieur.gouv.fr');
    await expect.poll(() => page.locator('.grid-error').count(), { timeout: 20_000 }).toBe(0);
    await button(page, 'Enregistrer').click();
    // The save's own outcome, in place of Valider's (the same region, its text replaced).
    await expect.poll(() => outcome(page), { timeout: 20_000 }).toBe('20 lignes enregistrées.');
    expect(await page.getByTestId('grid-outcome').count()).toBe(1);
    const saved = await agentsOf(service.id);
    expect(saved.map((a) => [a.status, a.category, a.email, a.version])).toEqual(
      Array.from({ length: 20 }, (_, i) => ['CONTRACTUEL', 'B', `agent${i}@interieur.gouv.fr`, 2]),
    );
    expect(await page.locator('.grid-staged').count()).toBe(0);
    await context.close();
  });

  it('pastes new rows (a paste event), references by code or picked in a search, and undoes an edit', async () => {
    const service = await serviceWithAgents(app.em(), '35', 1);
    const other = await serviceWithAgents(app.em(), '35', 0);
    const [context, page] = await newPage();
    await openGrid(page, app.baseUrl, 'agents', { serviceId: service.id }, 1);
    await typeInto(await cell(page, 0, 'Grade'), 'Attaché principal');
    expect(await page.locator('.grid-staged').count()).toBe(1);
    await (await cell(page, 0, 'Grade')).click();
    await page.keyboard.press('Control+Z');
    expect(await page.locator('.grid-staged').count()).toBe(0);

    await button(page, 'Ajouter une ligne').click();
    const rows = [
      [
        'N-1',
        'Nouvel',
        'Agent',
        'Secrétaire administratif',
        'SA',
        'Titulaire',
        'B',
        '',
        '',
        'Personnels administratifs, techniques et scientifiques',
        'INTERIEUR',
        service.code,
        '',
        '01/09/2025',
      ],
      [
        'N-2',
        'Autre',
        'Agente',
        'Adjoint administratif',
        'AA',
        'Stagiaire',
        'C',
        '',
        '',
        'Personnels administratifs, techniques et scientifiques',
        'INTERIEUR',
        service.code,
        '',
        '15/09/2025',
      ],
    ];
    await (await cell(page, 1, 'Matricule')).click();
    await (
      await cell(page, 1, 'Matricule')
    ).evaluate(
      (el, text) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      rows.map((r) => r.join('\t')).join('\n'),
    );
    await expect.poll(() => page.locator('[role=row][aria-rowindex]').count()).toBe(4);
    await expect.poll(async () => (await cell(page, 2, 'Service')).textContent()).toBe(`${service.code} – ${service.name}`);
    // The reference picker searches the services as the user types.
    await typeInto(await cell(page, 2, 'Service'), other.code);
    expect(await (await cell(page, 2, 'Service')).textContent()).toBe(`${other.code} – ${other.name}`);
    await button(page, 'Enregistrer').click();
    await expect.poll(() => outcome(page)).toBe('2 lignes enregistrées.');
    const { data } = await app.gql(
      `{ agents(filter: { q: "N-" }, sort: [{ field: "registrationNumber" }]) { items { registrationNumber status validFrom service { code } employingMinistry { code } } } }`,
    );
    expect(data!.agents.items).toEqual([
      {
        registrationNumber: 'N-1',
        status: 'TITULAIRE',
        validFrom: '2025-09-01',
        service: { code: service.code },
        employingMinistry: { code: 'INTERIEUR' },
      },
      {
        registrationNumber: 'N-2',
        status: 'STAGIAIRE',
        validFrom: '2025-09-15',
        service: { code: other.code },
        employingMinistry: { code: 'INTERIEUR' },
      },
    ]);
    await context.close();
  });

  it('moves an agent to another service on the effective date typed next to it', async () => {
    const service = await serviceWithAgents(app.em(), '35', 1);
    const other = await serviceWithAgents(app.em(), '35', 0);
    const [context, page] = await newPage();
    await openGrid(page, app.baseUrl, 'agents', { serviceId: service.id }, 1);
    expect(await (await cell(page, 0, 'Date d’effet de la nouvelle affectation')).textContent()).toBe('');
    await typeInto(await cell(page, 0, 'Service'), other.code);
    await typeInto(await cell(page, 0, 'Date d’effet de la nouvelle affectation'), '01/09/2026');
    await button(page, 'Enregistrer').click();
    await expect.poll(() => outcome(page)).toBe('1 ligne enregistrée.');
    const [agent] = await agentsOf(other.id);
    const { data } = await app.gql(`query($id: ID!) { agent(id: $id) { affectations { validFrom validTo service { code } } } }`, {
      id: agent.id,
    });
    expect(data!.agent.affectations.slice(-2)).toEqual([
      { validFrom: expect.any(String), validTo: '2026-08-31', service: { code: service.code } },
      { validFrom: '2026-09-01', validTo: null, service: { code: other.code } },
    ]);
    await context.close();
  });

  it('shows a row changed in another session as a conflict with both values; keep mine or take theirs', async () => {
    const service = await serviceWithAgents(app.em(), '35', 2);
    const [contextA, a] = await newPage();
    const [contextB, b] = await newPage();
    await openGrid(a, app.baseUrl, 'agents', { serviceId: service.id }, 2);
    await openGrid(b, app.baseUrl, 'agents', { serviceId: service.id }, 2);
    await typeInto(await cell(a, 0, 'Grade'), 'Grade de A');
    await typeInto(await cell(a, 1, 'Grade'), 'Autre grade de A');
    await button(a, 'Enregistrer').click();
    await expect.poll(() => outcome(a), { timeout: 20_000 }).toBe('2 lignes enregistrées.');

    await typeInto(await cell(b, 0, 'Grade'), 'Grade de B');
    await typeInto(await cell(b, 1, 'Grade'), 'Autre grade de B');
    await button(b, 'Enregistrer').click();
    await expect.poll(() => outcome(b), { timeout: 20_000 }).toContain('2 conflits.');
    const conflicts = b.getByTestId('grid-conflict');
    expect(await conflicts.count()).toBe(2);
    expect(await conflicts.nth(0).getByTestId('conflict-mine').textContent()).toBe('Grade de B');
    expect(await conflicts.nth(0).getByTestId('conflict-theirs').textContent()).toBe('Grade de A');
    expect(await b.locator('.grid-conflict').count()).toBe(2);
    // Nothing of B's was written.
    expect((await agentsOf(service.id)).map((x) => x.grade)).toEqual(['Grade de A', 'Autre grade de A']);

    // Each decision gives the focus to the next conflict's first choice, the last one back to the grid (the
    // button pressed has left the page: the focus had fallen to its body).
    const focusIn = (selector: string) => b.evaluate((sel) => !!document.activeElement?.closest(sel), selector);
    await conflicts.nth(0).getByRole('button', { name: 'Garder mes valeurs' }).click();
    await expect.poll(() => conflicts.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => focusIn('[data-testid=grid-conflict]'), { timeout: 20_000 }).toBe(true);
    await b.getByTestId('grid-conflict').getByRole('button', { name: 'Prendre les leurs' }).click();
    await expect.poll(() => conflicts.count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => focusIn('.rdg'), { timeout: 20_000 }).toBe(true);
    expect(await (await cell(b, 1, 'Grade')).textContent()).toBe('Autre grade de A');
    await button(b, 'Enregistrer').click();
    await expect.poll(() => outcome(b), { timeout: 20_000 }).toBe('1 ligne enregistrée.');
    expect((await agentsOf(service.id)).map((x) => [x.grade, x.version])).toEqual([
      ['Grade de B', 3],
      ['Autre grade de A', 2],
    ]);
    await contextA.close();
    await contextB.close();
  });

  it('reads further pages as the user scrolls, and fills a value down the selected rows', async () => {
    const service = await serviceWithAgents(app.em(), '35', 450);
    const [context, page] = await newPage();
    await page.goto(`${app.baseUrl}/admin/#/agents/tableur?filter=${encodeURIComponent(JSON.stringify({ serviceId: service.id }))}`);
    const counts = page.getByTestId('grid-counts');
    await expect.poll(() => counts.textContent(), { timeout: 20_000 }).toContain('200 lignes chargées sur 450');
    // Virtualised: only the rows in view are in the page.
    expect(await page.locator('[role=row][aria-rowindex]').count()).toBeLessThan(100);
    for (const loaded of [400, 450]) {
      await page.locator('.rdg').evaluate((grid) => grid.scrollTo({ top: grid.scrollHeight }));
      await expect.poll(() => counts.textContent()).toContain(`${loaded} lignes chargées sur 450`);
    }

    await page.locator('.rdg').evaluate((grid) => grid.scrollTo({ top: 0 }));
    for (const row of [1, 2, 3]) await page.locator(`[role=row][aria-rowindex="${row + 2}"] input[type=checkbox]`).check();
    await typeInto(await cell(page, 0, 'Grade'), 'Attaché hors classe');
    await (await cell(page, 0, 'Grade')).press('Control+D');
    expect(await page.locator('.grid-staged').count()).toBe(4);
    expect(await (await cell(page, 3, 'Grade')).textContent()).toBe('Attaché hors classe');
    await context.close();
  });

  it('opens from the services list on its filter (asOf included) and the menu', async () => {
    const service = await serviceWithAgents(app.em(), '35', 0, '2021-06-01');
    const [context, page] = await newPage();
    const filter = encodeURIComponent(JSON.stringify({ q: service.code, asOf: '2022-01-01' }));
    await page.goto(`${app.baseUrl}/admin/#/services?filter=${filter}`);
    await page.getByRole('button', { name: 'Tableur' }).click();
    await expect.poll(() => page.getByTestId('grid-counts').textContent(), { timeout: 20_000 }).toContain('1 ligne chargée sur 1');
    expect(await (await cell(page, 0, 'Code')).textContent()).toBe(service.code);
    expect(await dateShown(page, 'À la date du')).toBe('01/01/2022');
    await page.getByRole('link', { name: 'Tableur – Agents' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Agents – tableur' }).count()).toBe(1);
    await context.close();
  });
});

describe('back office: spreadsheet view of time allocations', () => {
  it('names assignments by post and start date, marks the sum error and the function-share warning differently, saves both rows at once', async () => {
    const em = app.em();
    const [x, y] = [await serviceWithAgents(em, '35', 0), await serviceWithAgents(em, '35', 0)];
    const { post, assignment } = await heldPost(em, x, 0.8, '2020-01-01');
    const convention = em.create(Convention, {
      reference: 'TAB-1',
      title: 'Secteur tableur',
      kind: ConventionKind.ASS_SERVICE,
      basis: ConventionBasis.CTR_DECISION,
      post,
      validFrom: '2021-01-01',
    });
    em.create(ConventionScope, { convention, validFrom: convention.validFrom, service: x });
    em.create(ConventionScope, { convention, validFrom: convention.validFrom, service: y });
    em.create(TimeAllocation, {
      convention,
      assignment,
      targetKind: AllocationTarget.SERVICE,
      service: x,
      share: 0.8,
      validFrom: '2021-01-01',
    });
    em.create(TimeAllocation, { convention, assignment, targetKind: AllocationTarget.FUNCTION, share: 0.2, validFrom: '2021-01-01' });
    await em.flush();

    const [context, page] = await newPage();
    await openGrid(page, app.baseUrl, 'time-allocations', { conventionId: convention.id }, 2);
    expect(await (await cell(page, 0, 'Affectation')).textContent()).toBe(`${post.code} (01/01/2020)`);
    expect(await (await cell(page, 0, 'Convention')).textContent()).toContain('TAB-1');
    const rowOf = async (target: string) => ((await (await cell(page, 0, 'Destination')).textContent()) === target ? 0 : 1);
    const [serviceRow, functionRow] = [await rowOf('Service'), await rowOf('Fonction')];

    // Shares of 0.7 + 0.2: the API's sum rule is an error; nothing is written by Valider.
    await typeInto(await cell(page, serviceRow, 'Part'), '0,7');
    await button(page, 'Valider').click();
    await expect.poll(() => outcome(page)).toMatch(/ [1-9]\d* erreurs?,/);
    expect(await (await cell(page, serviceRow, 'Part')).getAttribute('class')).toContain('grid-error');
    expect(await (await cell(page, serviceRow, 'Part')).locator('span').getAttribute('title')).toContain('0,9');

    // 0.7 + 0.3: the sum is right; the function share far from 0.2 is a warning, marked as such, and does not block the save.
    await typeInto(await cell(page, functionRow, 'Part'), '0,3');
    await button(page, 'Valider').click();
    await expect.poll(() => page.locator('.grid-warning').count()).toBe(1);
    expect(await page.locator('.grid-error').count()).toBe(0);
    expect(await (await cell(page, functionRow, 'Part')).getAttribute('class')).toContain('grid-warning');
    await button(page, 'Enregistrer').click();
    await expect.poll(() => outcome(page)).toBe('2 lignes enregistrées.');
    const { data } = await app.gql(
      `query($id: ID!) { timeAllocations(filter: { conventionId: $id }) { items { targetKind share etp version } } }`,
      { id: convention.id },
    );
    expect(
      data!.timeAllocations.items
        .map((a: { targetKind: string; share: number; etp: number; version: number }) => [a.targetKind, a.share, a.etp, a.version])
        .sort(),
    ).toEqual([
      ['FUNCTION', 0.3, 0.24, 2],
      ['SERVICE', 0.7, 0.56, 2],
    ]);
    await context.close();
  });
});
