import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/demo/seed-demo';
import { initTestApp, type TestApp } from '../support/app';
import { must } from '../support/lifecycle';

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
  await seedDemo(app.em());
});
afterAll(() => app.close());

const operation = (file: string) => readFileSync(path.join(__dirname, 'operations', file), 'utf8');

describe('demo data of the correspondents (Rhône)', () => {
  it('has an adopted map, a call with candidacies in every state, and appointments with and without signed letters', async () => {
    const call = must(await app.gql(operation('correspondents-candidacies.graphql'), { q: 'Appel à candidatures 2026' })).candidateCalls.items[0];
    const statuses = new Set(call.candidacies.map((c: { status: string }) => c.status));
    expect([...statuses].sort()).toEqual(['APPOINTED', 'COMMISSION_OPINION_GIVEN', 'FILED', 'HEAD_OPINION_GIVEN', 'NOT_SELECTED', 'WITHDRAWN']);
    const appointed = call.candidacies.filter((c: { status: string }) => c.status === 'APPOINTED');
    expect(appointed.map((c: { appointment: { status: string } }) => c.appointment.status).sort()).toEqual(['EFFECTIVE', 'EFFECTIVE', 'PENDING_LETTER', 'PENDING_LETTER']);
  });

  it('feeds the dashboard: coverage and alerts as of mid-2026', async () => {
    const data = must(await app.gql(operation('correspondents-dashboard.graphql'), { asOf: '2026-06-30' }));
    expect(data.mapCoverage).toHaveLength(1);
    expect(data.mapCoverage[0]).toMatchObject({ department: { code: '69' }, required: 6, appointed: 4, effective: 2 });
    expect(data.appointmentsWithoutSignedLetter).toHaveLength(2);
    expect(data.correspondentsWithoutInitialTraining).toHaveLength(2);
    expect(data.departmentsWithoutInformationMeeting).toEqual([]);
  });

  it('passes the API’s rules: its field reports validate as they are', async () => {
    const { items } = must(await app.gql(`{ fieldReports(limit: 100) { items { id version } } }`)).fieldReports;
    expect(items.length).toBeGreaterThan(0);
    const check = await app.gql(`mutation($rows: [FieldReportRow!]!) { saveFieldReports(rows: $rows, dryRun: true) { ok rows { violations { field message } } } }`, {
      rows: items.map((r: { id: string; version: number }) => ({ id: r.id, version: r.version, values: {} })),
    });
    expect(must(check).saveFieldReports.rows.flatMap((r: { violations: unknown[] }) => r.violations)).toEqual([]);
  });
});
