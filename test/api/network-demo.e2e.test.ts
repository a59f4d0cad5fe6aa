import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/demo/seed-demo';
import { initTestApp, type TestApp } from '../support/app';
import { must } from '../support/lifecycle';
import { ADMIN_75, PARTNER } from '../support/principals';

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
  await seedDemo(app.em());
});
afterAll(() => app.close());

describe('the demo network', () => {
  it('passes every rule of the API: its allocations, assignments and conventions validate as they are', async () => {
    for (const [list, save, row] of [
      ['timeAllocations', 'saveTimeAllocations', 'TimeAllocationRow'],
      ['postAssignments', 'savePostAssignments', 'PostAssignmentRow'],
      ['conventions', 'saveConventions', 'ConventionRow'],
    ]) {
      const { data } = await app.gql(`{ ${list}(limit: 500) { totalCount items { id version } } }`);
      expect(data![list].totalCount).toBeLessThanOrEqual(500);
      const rows = data![list].items.map((i: { id: string; version: number }) => ({ id: i.id, version: i.version, values: {} }));
      const result = await app.gql(
        `mutation($rows: [${row}!]!) { ${save}(rows: $rows, dryRun: true) { ok rows { index violations { code message } } } }`,
        { rows },
      );
      expect(result.data![save].rows.filter((r: { violations: unknown[] }) => r.violations.length)).toEqual([]);
      expect(result.data![save].ok).toBe(true);
    }
  });

  it('has conventions of each kind, a CTR covering two regions, part-time holders and a vacant post covered by a replacement', async () => {
    const { data } = await app.gql(`{
      conventions(limit: 100) { items { kind basis } }
      ctr: socialWorkerPosts(filter: { q: "CTR-93" }) { items { sectors(asOf: "2025-01-01") { region { code } temporary decisionReference } } }
      vacant: socialWorkerPosts(filter: { q: "ASS-93-1" }) { items { vacant(asOf: "2025-10-01") replacements { reason replacing { post { code } } } } }
      partTime: postAssignments(filter: {}, limit: 500) { items { workQuota employingMinistry { code } } }
    }`);
    expect(new Set(data!.conventions.items.map((c: { kind: string }) => c.kind))).toEqual(
      new Set(['ASS_SERVICE', 'CTR_INTERREGIONAL', 'INTERMINISTERIAL']),
    );
    expect(data!.ctr.items[0].sectors).toEqual([
      { region: { code: '93' }, temporary: false, decisionReference: null },
      { region: { code: '94' }, temporary: true, decisionReference: 'Décision DRH/SDASAP n° 2024-117' },
    ]);
    expect(data!.vacant.items[0]).toEqual({
      vacant: true,
      replacements: [{ reason: 'VACANCY', replacing: { post: { code: 'ASS-92-1' } } }],
    });
    expect(data!.partTime.items.some((a: { workQuota: number }) => a.workQuota < 1)).toBe(true);
    expect(data!.partTime.items.some((a: { employingMinistry: { code: string } }) => a.employingMinistry.code !== 'INTERIEUR')).toBe(true);
  });

  it('has the network’s reports: every one valid, a missing ASS report in Paris, each demo account seeing its own [004 §II.1–3]', async () => {
    const { data } = await app.gql(`{ networkReports(limit: 100) { items { id version kind post { code } figures { code value } } } }`);
    expect(data!.networkReports.items.map((r: { post: { code: string } }) => r.post.code).sort()).toEqual([
      'ASS-35-1',
      'ASS-69-1',
      'ASS-75-1',
      'CTN',
      'CTR-11',
    ]);
    const rows = data!.networkReports.items.map((r: { id: string; version: number }) => ({ id: r.id, version: r.version, values: {} }));
    const check = await app.gql(`mutation($rows: [NetworkReportRow!]!) { saveNetworkReports(rows: $rows, dryRun: true) { ok } }`, { rows });
    expect(check.data!.saveNetworkReports.ok).toBe(true);
    const missing = await app.as(ADMIN_75)(
      `{ missingNetworkReports(kind: ASS_ANNUAL, year: 2025, asOf: "2026-06-30") { post { code } } networkReports { items { post { code } } } }`,
    );
    expect(missing.data!.missingNetworkReports.map((m: { post: { code: string } }) => m.post.code)).toEqual(['ASS-75-2']);
    // The Île-de-France CTR's post resides at the Paris prefecture: its reports are Paris's too.
    expect(missing.data!.networkReports.items.map((r: { post: { code: string } }) => r.post.code).sort()).toEqual(['ASS-75-1', 'CTR-11']);
    // The Agriculture ministry reads the network where its convention covers it: the ASS residing at the DDT of
    // Ille-et-Vilaine, her report, sector and replacement — and nothing of Paris.
    const partner = must(
      await app.as(PARTNER)(
        `{ networkReports { items { post { code } } } socialWorkerPosts { items { code } } replacements { items { post { code } reason } } }`,
      ),
    );
    expect(partner.networkReports.items).toEqual([{ post: { code: 'ASS-35-1' } }]);
    expect(partner.socialWorkerPosts.items).toEqual([{ code: 'ASS-35-1' }]);
    expect(partner.replacements.items).toEqual([{ post: { code: 'ASS-35-1' }, reason: 'ABSENCE' }]);
  });
});
