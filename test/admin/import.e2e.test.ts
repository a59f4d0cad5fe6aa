import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { NATIONAL, type TestApp } from '../support/app';
import { signedIn, startBackOffice, stopBackOffice } from '../support/browser';
import { serviceWithAgents } from '../support/fixtures';
import { button, openGrid } from '../support/grid';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ app, browser } = await startBackOffice());
  page = await (await signedIn(browser, app, NATIONAL, { viewport: { width: 1600, height: 1200 } })).newPage();
});
afterAll(() => stopBackOffice(app, browser));

async function agentsOf(serviceId: string) {
  const { data } = await app.gql(
    `query($s: ID!) { agents(filter: { serviceId: $s }, sort: [{ field: "registrationNumber" }]) { items { registrationNumber grade status version } } }`,
    { s: serviceId },
  );
  return data!.agents.items as { registrationNumber: string; grade: string; status: string; version: number }[];
}

/** A workbook as a spreadsheet program saves it. */
async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Agents').addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(name: string, buffer: Buffer) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

const HEADER = [
  'Identifiant',
  'Version',
  'Matricule',
  'Nom de famille',
  'Prénom',
  'Grade',
  'Corps',
  'Statut',
  'Catégorie',
  'Population',
  'Ministère employeur',
  'Service',
  'Valide du',
];
const newAgent = (number: string, status: string, service: string) => [
  '',
  '',
  number,
  'Importé',
  'Claude',
  'Secrétaire administratif',
  'SA',
  status,
  'B',
  'Personnels administratifs, techniques et scientifiques',
  'INTERIEUR',
  service,
  '01/10/2025',
];

describe('back office: import', () => {
  it('reports the errors of a file by line and column and writes nothing; the corrected file writes every row', async () => {
    const service = await serviceWithAgents(app.em(), '35', 2);
    const { data } = await app.gql(
      `query($s: ID!) { agents(filter: { serviceId: $s }, sort: [{ field: "registrationNumber" }]) { items { id version registrationNumber } } }`,
      { s: service.id },
    );
    const [first] = data!.agents.items;
    const update = [
      first.id,
      String(first.version),
      first.registrationNumber,
      'Agent 0',
      'Camille',
      'Attaché principal',
      'Attachés d’administration de l’État',
      'Titulaire',
      'A',
      'Personnels administratifs, techniques et scientifiques',
      'INTERIEUR',
      service.code,
      '01/01/2020',
    ];
    const wrong = [HEADER, update, newAgent('IMP-1', 'Chef', 'INCONNU'), newAgent('IMP-2', 'Titulaire', service.code)];

    await page.goto(`${app.baseUrl}/admin/#/agents/import`);
    await upload('agents.xlsx', await xlsx(wrong));
    // "Nom de famille" is no label of the grid: the user maps it once, the mapping is remembered.
    await page.getByRole('combobox', { name: 'Nom de famille' }).click();
    await page.getByRole('option', { name: 'Nom', exact: true }).click();
    await button(page, 'Vérifier (essai, rien n’est écrit)').click();
    // 20 s after a dry run or an import: under load the API's answer took over the default poll's second.
    await expect
      .poll(() => page.getByTestId('import-outcome').textContent(), { timeout: 20_000 })
      .toBe('3 lignes vérifiées : 2 erreurs. Rien n’a été écrit ; corrigez le fichier.');
    const report = await page
      .getByTestId('import-report')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
    expect(report).toEqual([
      ['3', 'Statut', 'Erreur', '« Chef » : valeurs possibles : Titulaire, Stagiaire, Contractuel.'],
      ['3', 'Service', 'Erreur', '« INCONNU » : aucun enregistrement ne correspond (indiquez son code).'],
    ]);
    expect(await page.getByRole('button', { name: 'Importer 3 lignes' }).isDisabled()).toBe(true);
    expect(await agentsOf(service.id)).toEqual([
      { registrationNumber: first.registrationNumber, grade: 'Attaché', status: 'TITULAIRE', version: 1 },
      expect.objectContaining({ version: 1 }),
    ]);

    const corrected = [HEADER, update, newAgent('IMP-1', 'Contractuel', service.code), newAgent('IMP-2', 'Titulaire', service.code)];
    await upload('agents-corrige.xlsx', await xlsx(corrected));
    expect(await page.getByRole('combobox', { name: 'Nom de famille' }).textContent()).toBe('Nom');
    await button(page, 'Vérifier (essai, rien n’est écrit)').click();
    await expect
      .poll(() => page.getByTestId('import-outcome').textContent(), { timeout: 20_000 })
      .toBe('3 lignes vérifiées, aucune erreur : vous pouvez importer.');
    await button(page, 'Importer 3 lignes').click();
    // The import's outcome replaces the dry run's: one message, the import's.
    await expect.poll(() => page.getByTestId('import-outcome').allTextContents(), { timeout: 20_000 }).toEqual(['3 lignes importées.']);
    const after = await agentsOf(service.id);
    expect(after.map((a) => [a.registrationNumber, a.grade, a.status])).toEqual([
      ['IMP-1', 'Secrétaire administratif', 'CONTRACTUEL'],
      ['IMP-2', 'Secrétaire administratif', 'TITULAIRE'],
      [first.registrationNumber, 'Attaché principal', 'TITULAIRE'],
      expect.arrayContaining(['Attaché']),
    ]);
  });

  it('exports the filtered list, and the edited export imports back', async () => {
    const service = await serviceWithAgents(app.em(), '35', 3);
    await openGrid(page, app.baseUrl, 'agents', { serviceId: service.id }, 3);
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Exporter (CSV)').click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0].split(';').slice(0, 6)).toEqual(['Identifiant', 'Version', 'Matricule', 'Nom', 'Prénom', 'Grade']);
    expect(lines[1].split(';')).toContain(service.code);
    const edited = [lines[0], ...lines.slice(1).map((l) => l.replace(';Attaché;', ';Directeur;'))].join('\r\n');

    await page.goto(`${app.baseUrl}/admin/#/agents/import`);
    await upload('export.csv', Buffer.from(`\ufeff${edited}`, 'utf8'));
    await button(page, 'Vérifier (essai, rien n’est écrit)').click();
    await expect
      .poll(() => page.getByTestId('import-outcome').textContent(), { timeout: 20_000 })
      .toBe('3 lignes vérifiées, aucune erreur : vous pouvez importer.');
    await button(page, 'Importer 3 lignes').click();
    // The import's outcome replaces the dry run's: one message, the import's.
    await expect.poll(() => page.getByTestId('import-outcome').allTextContents(), { timeout: 20_000 }).toEqual(['3 lignes importées.']);
    expect((await agentsOf(service.id)).map((a) => [a.grade, a.version])).toEqual([
      ['Directeur', 2],
      ['Directeur', 2],
      ['Directeur', 2],
    ]);
  });
});
