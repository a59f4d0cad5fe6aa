import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonalDataAccess } from '../../api/src/access/personal-data-access.entity';
import { type Principal, Role } from '../../api/src/access/roles';
import { seedDemo } from '../../seeds/demo/seed-demo';
import { initTestApp, NATIONAL, type TestApp } from '../support/app';
import { parseCsv } from '../support/csv';
import { ADMIN_75, ANALYST, PARTNER } from '../support/principals';

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
  await seedDemo(app.em());
});
afterAll(() => app.close());

/** `GET /exports/<file>?<params>` as `principal`. */
async function download(file: string, params: Record<string, unknown> = {}, principal: Principal = NATIONAL, requestId?: string) {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  return fetch(`${app.baseUrl}/exports/${file}?${query}`, {
    headers: { authorization: await app.authorization(principal), ...(requestId ? { 'x-request-id': requestId } : {}) },
  });
}

async function csv(file: string, params: Record<string, unknown> = {}, principal: Principal = NATIONAL, requestId?: string) {
  const response = await download(file, params, principal, requestId);
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(response.status, bytes.toString()).toBe(200);
  expect([...bytes.subarray(0, 3)], 'a BOM, for spreadsheets to read UTF-8').toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
  return { header, rows, column: (name: string) => rows.map((r) => r[header.indexOf(name)]), response };
}

/** Every id of a list as the GraphQL list gives it to `principal`, in its order (the reference for scope and filters). */
async function listIds(
  list: string,
  args: string,
  principal: Principal,
  filterType = 'AgentFilter',
  variables: Record<string, unknown> = {},
) {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const { data, errors } = await app.gql(
      `query($offset: Int!, $filter: ${filterType}) { ${list}(offset: $offset, limit: 500, filter: $filter${args}) { totalCount items { id } } }`,
      { offset, ...variables },
      {},
      principal,
    );
    expect(errors).toBeUndefined();
    ids.push(...data![list].items.map((i: { id: string }) => i.id));
    if (ids.length >= data![list].totalCount) return ids;
  }
}

describe('CSV export of a list: every row the caller may read, the fields its role may read', () => {
  it('the national administration gets every agent, with French headers, dates, labels and references', async () => {
    const { header, rows, column } = await csv('agents.csv');
    expect(header[0]).toBe('Identifiant');
    expect(header.slice(-3)).toEqual(['Version', 'Créé le', 'Modifié le']);
    expect(header).toEqual(
      expect.arrayContaining([
        'Matricule',
        'Nom',
        'Prénom',
        'Courriel',
        'Téléphone',
        'Statut',
        'Service',
        'Service (nom)',
        'Valide du',
        'Date de mobilité prévue',
      ]),
    );
    expect(column('Identifiant')).toEqual(await listIds('agents', '', NATIONAL));
    expect(rows.length).toBeGreaterThan(100);
    expect(new Set(column('Statut'))).toEqual(new Set(['Titulaire', 'Stagiaire', 'Contractuel']));
    expect(column('Valide du').every((d) => /^\d\d\/\d\d\/\d{4}$/.test(d))).toBe(true);
    expect(column('Créé le').every((d) => /^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/.test(d))).toBe(true);
    expect(new Set(column('Actif'))).toEqual(new Set(['Oui']));
    // A reference is named by its code and name, not by its id.
    const { data } = await app.gql(`query($id: ID!) { agent(id: $id) { service { code name } } }`, { id: column('Identifiant')[0] });
    expect([column('Service')[0], column('Service (nom)')[0]]).toEqual([data!.agent.service.code, data!.agent.service.name]);
  });

  it('an analyst’s file has no withheld field (professional contacts, mobility plans)', async () => {
    const { header, rows } = await csv('agents.csv', {}, ANALYST);
    expect(header).toEqual(expect.arrayContaining(['Matricule', 'Nom', 'Statut']));
    for (const withheld of ['Courriel', 'Téléphone', 'Date de mobilité prévue', 'Type de mobilité prévue'])
      expect(header).not.toContain(withheld);
    expect(rows.length).toBe((await listIds('agents', '', ANALYST)).length);
  });

  it('a departmental administrator gets its department only, a partner ministry what its conventions cover on the day asked', async () => {
    const national = (await csv('agents.csv')).rows.length;
    const departmental = await csv('services.csv', {}, ADMIN_75);
    expect(departmental.column('Identifiant')).toEqual(await listIds('services', '', ADMIN_75, 'ServiceFilter'));
    expect(new Set(departmental.column('Département'))).toEqual(new Set(['75']));
    const agents75 = await csv('agents.csv', {}, ADMIN_75);
    expect(agents75.rows.length).toBeGreaterThan(0);
    expect(agents75.rows.length).toBeLessThan(national);

    const asOf = '2026-06-01';
    const partner = await csv('agents.csv', { asOf }, PARTNER);
    expect(partner.column('Identifiant')).toEqual(await listIds('agents', ', asOf: "2026-06-01"', PARTNER));
    expect(partner.rows.length).toBeGreaterThan(0);
    expect(partner.rows.length).toBeLessThan(national);
    expect(partner.header).not.toContain('Date de mobilité prévue');
  });

  it('filter and sort are the list’s own arguments', async () => {
    const filter = { status: 'CONTRACTUEL', q: 'a' };
    const sort = [{ field: 'lastName', order: 'DESC' }];
    const file = await csv('agents.csv', { filter, sort });
    expect(file.column('Identifiant')).toEqual(
      await listIds('agents', ', sort: [{ field: "lastName", order: DESC }]', NATIONAL, 'AgentFilter', { filter }),
    );
    expect(new Set(file.column('Statut'))).toEqual(new Set(['Contractuel']));
  });

  it('every list of the shared list mechanism exports, every column with a French header', async () => {
    const { data } = await app.gql(`{ __schema { queryType { fields { name args { name } type { name ofType { name } } } } } }`);
    const lists = (
      data!.__schema.queryType.fields as { name: string; args: { name: string }[]; type: { ofType: { name: string | null } | null } }[]
    )
      .filter(
        (f) => f.type.ofType?.name?.endsWith('Page') && f.args.some((a) => a.name === 'filter') && f.args.some((a) => a.name === 'sort'),
      )
      // The access log is the national administration's own screen, with its own resolver: not a list of the registry.
      .filter((f) => f.name !== 'personalDataAccesses');
    expect(lists.length).toBeGreaterThan(30);
    const missing: string[] = [];
    const failed: string[] = [];
    for (const list of lists) {
      const response = await download(`${list.name}.csv`);
      if (response.status !== 200) {
        failed.push(`${list.name}: ${response.status} ${await response.text()}`);
        continue;
      }
      const [header] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
      // A French label starts with a capital; a field name (`personalDataPurgedAt`) does not.
      missing.push(...header.filter((h) => /^[a-z]/.test(h)).map((h) => `${list.name}.${h}`));
    }
    expect(failed).toEqual([]);
    expect(missing).toEqual([]);
  });
});

describe('XLSX export', () => {
  it('the same rows and columns, dates as dates, enum labels, references by code', async () => {
    const response = await download('agents.xlsx', { filter: { status: 'TITULAIRE' } }, ANALYST);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="agents-\d{4}-\d\d-\d\d\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Matricule');
    expect(header).not.toContain('Courriel');
    const ids = await listIds('agents', '', ANALYST, 'AgentFilter', { filter: { status: 'TITULAIRE' } });
    expect(sheet.actualRowCount - 1).toBe(ids.length);
    const row = sheet.getRow(2);
    const cell = (name: string) => row.getCell(header.indexOf(name) + 1);
    expect(cell('Identifiant').value).toBe(ids[0]);
    expect(cell('Statut').value).toBe('Titulaire');
    expect(cell('Valide du').value).toBeInstanceOf(Date);
    expect(cell('Valide du').numFmt).toBe('dd/mm/yyyy');
    expect(String(cell('Service').value)).toMatch(/^[A-Z0-9-]+$/);
  });
});

describe('the personal-data access log of an export', () => {
  it('is written once: one line per set of personal fields, listing every person in the file', async () => {
    const file = await csv('agents.csv', { filter: { status: 'STAGIAIRE' } }, ANALYST, 'export-log-analyst');
    const lines = await app.em().find(PersonalDataAccess, { requestId: 'export-log-analyst' });
    expect(lines.map((l) => [l.entityName, l.fields, l.actor, l.role])).toEqual([
      ['Agent', ['firstName', 'lastName', 'registrationNumber'], ANALYST.subject, Role.ANALYST],
    ]);
    expect(new Set(lines[0].entityIds)).toEqual(new Set(file.column('Identifiant')));

    await csv('agents.csv', {}, NATIONAL, 'export-log-national');
    const national = await app.em().find(PersonalDataAccess, { requestId: 'export-log-national' });
    expect(national.map((l) => l.fields)).toEqual([
      ['email', 'firstName', 'lastName', 'mobilityPlanDate', 'mobilityPlanKind', 'phone', 'registrationNumber'],
    ]);
  });

  it('people named by a reference are logged too (post assignments name their agent by registration number)', async () => {
    const file = await csv('postAssignments.csv', {}, ANALYST, 'export-log-references');
    expect(file.header).toContain('Agent');
    const lines = await app.em().find(PersonalDataAccess, { requestId: 'export-log-references' });
    expect(lines.map((l) => [l.entityName, l.fields])).toEqual([['Agent', ['registrationNumber']]]);
    const { data } = await app.gql(`{ postAssignments(limit: 500) { items { agent { id } } } }`, {}, {}, ANALYST);
    expect(new Set(lines[0].entityIds)).toEqual(new Set(data!.postAssignments.items.map((i: { agent: { id: string } }) => i.agent.id)));
  });

  it('an export with no personal field writes nothing', async () => {
    await csv('services.csv', {}, NATIONAL, 'export-log-none');
    expect(await app.em().count(PersonalDataAccess, { requestId: 'export-log-none' })).toBe(0);
  });
});

describe('a bad parameter is refused in French, naming the parameter and the rule, before any file', () => {
  const refusal = async (file: string, params: Record<string, unknown>, principal: Principal = NATIONAL) => {
    const response = await download(file, params, principal);
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    return { status: response.status, error: body.errors[0] };
  };

  it('an unknown enum value, an unknown filter field, invalid JSON, an unknown parameter, a bad date', async () => {
    const enumValue = await refusal('agents.csv', { filter: { status: 'RETRAITE' } });
    expect(enumValue.status).toBe(400);
    expect(enumValue.error.extensions).toMatchObject({ code: 'VALIDATION_FAILED', subCode: 'EXPORT_PARAMETER_INVALID', field: 'filter' });
    expect(enumValue.error.message).toBe(
      'Paramètre « filter » : valeur "RETRAITE" invalide en « filter.status » (valeurs possibles : TITULAIRE, STAGIAIRE, CONTRACTUEL).',
    );

    const field = await refusal('agents.csv', { filter: { statut: 'TITULAIRE' } });
    expect(field.error.message).toMatch(/^Paramètre « filter » : champ « statut » inconnu \(champs possibles : .*status/);

    expect((await refusal('agents.csv', { sort: '[{field:' })).error.message).toMatch(/^Paramètre « sort » : JSON invalide/);
    expect((await refusal('agents.csv', { limit: '10' })).error.message).toBe(
      'Paramètre « limit » : paramètre inconnu (paramètres possibles : filter, sort, asOf).',
    );
    expect((await refusal('agents.csv', { asOf: '01/06/2026' })).error.message).toMatch(
      /^Paramètre « asOf » : valeur "01\/06\/2026" invalide \(attendu : une date AAAA-MM-JJ\)/,
    );
  });

  it('the list’s own rules: a field that is not sortable, a field the role may not filter on, an unknown list', async () => {
    const sort = await refusal('agents.csv', { sort: [{ field: 'phone' }] });
    expect(sort.error.extensions).toMatchObject({ subCode: 'SORT_FIELD_UNKNOWN', field: 'sort' });
    const withheld = await refusal('agents.csv', { sort: [{ field: 'email' }] }, ANALYST);
    expect(withheld.status).toBe(403);
    expect(withheld.error.message).toBe('Le champ « email » n’est pas accessible à votre rôle (analyste).');
    const unknown = await refusal('agentz.csv', {});
    expect(unknown.status).toBe(404);
    const anonymous = await fetch(`${app.baseUrl}/exports/agents.csv`);
    expect(anonymous.status).toBe(401);
  });
});
