import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/demo/seed-demo';
import { initTestApp, type TestApp } from '../support/app';
import { must } from '../support/lifecycle';
import { Role } from '../../api/src/access/roles';

const PARIS = { subject: 'admin.75@demo.interieur.gouv.fr', role: Role.DEPARTMENTAL_ADMIN, perimeter: ['75'] };

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
  await seedDemo(app.em());
});
afterAll(() => app.close());

const operation = (file: string) => readFileSync(path.join(__dirname, 'operations', file), 'utf8');

describe('demo data of the correspondents (Rhône and Paris)', () => {
  it('has an adopted map, a call with candidacies in every state, and appointments with and without signed letters', async () => {
    const call = must(await app.gql(operation('correspondents-candidacies.graphql'), { q: 'Appel à candidatures 2026' })).candidateCalls
      .items[0];
    const statuses = new Set(call.candidacies.map((c: { status: string }) => c.status));
    expect([...statuses].sort()).toEqual([
      'APPOINTED',
      'COMMISSION_OPINION_GIVEN',
      'FILED',
      'HEAD_OPINION_GIVEN',
      'NOT_SELECTED',
      'WITHDRAWN',
    ]);
    const appointed = call.candidacies.filter((c: { status: string }) => c.status === 'APPOINTED');
    expect(appointed.map((c: { appointment: { status: string } }) => c.appointment.status).sort()).toEqual([
      'EFFECTIVE',
      'EFFECTIVE',
      'PENDING_LETTER',
      'PENDING_LETTER',
    ]);
  });

  it('feeds the national dashboard with both departments: coverage and alerts as of mid-2026', async () => {
    const data = must(await app.gql(operation('correspondents-dashboard.graphql'), { asOf: '2026-06-30' }));
    expect(data.mapCoverage.map((c: { department: { code: string } }) => c.department.code).sort()).toEqual(['69', '75']);
    for (const coverage of data.mapCoverage) expect(coverage).toMatchObject({ required: 6, appointed: 4, effective: 2 });
    expect(data.appointmentsWithoutSignedLetter).toHaveLength(4);
    expect(data.correspondentsWithoutInitialTraining).toHaveLength(4);
    expect(data.perimetersWithoutInformationMeeting).toEqual([]);
    // The ASS sit on their CLAS by right [004 §II.3]: Paris's second ASS and the Rhône's are not seated yet.
    const exOfficio = data.clasWithoutExOfficioSocialWorkers.map(
      (a: { department: { code: string }; missing: { post: { code: string } }[] }) => [
        a.department.code,
        a.missing.map((m) => m.post.code),
      ],
    );
    expect(exOfficio.sort()).toEqual([
      ['69', ['ASS-69-1']],
      ['75', ['ASS-75-2']],
    ]);
  });

  it('gives the Paris departmental administrator its own correspondents: map, call, candidacies, appointments, meetings, reports', async () => {
    const paris = app.as(PARIS);
    const data = must(await paris(operation('correspondents-dashboard.graphql'), { asOf: '2026-06-30' }));
    expect(data.mapCoverage).toEqual([
      expect.objectContaining({ department: { code: '75', name: 'Paris' }, required: 6, appointed: 4, effective: 2 }),
    ]);
    expect(data.appointmentsWithoutSignedLetter).toHaveLength(2);
    const lists = must(
      await paris(`{
      implantationMaps { totalCount } candidateCalls { totalCount } candidacies { totalCount } appointments { totalCount } missionLetters { totalCount }
      trainings { totalCount } informationMeetings { totalCount } fieldReports { totalCount } annualReports { totalCount } commissions { totalCount }
      commissionSessions { totalCount } conventions { totalCount } socialWorkerPosts { totalCount }
    }`),
    );
    const empty = Object.entries(lists)
      .filter(([, page]) => (page as { totalCount: number }).totalCount === 0)
      .map(([name]) => name);
    expect(empty).toEqual([]);
  });

  it('passes the API’s rules: its field reports validate as they are', async () => {
    const { items } = must(await app.gql(`{ fieldReports(limit: 100) { items { id version } } }`)).fieldReports;
    expect(items.length).toBeGreaterThan(0);
    const check = await app.gql(
      `mutation($rows: [FieldReportRow!]!) { saveFieldReports(rows: $rows, dryRun: true) { ok rows { violations { field message } } } }`,
      {
        rows: items.map((r: { id: string; version: number }) => ({ id: r.id, version: r.version, values: {} })),
      },
    );
    expect(must(check).saveFieldReports.rows.flatMap((r: { violations: unknown[] }) => r.violations)).toEqual([]);
  });
});
