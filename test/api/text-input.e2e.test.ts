import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommissionSession } from '../../api/src/commissions/commission-session.entity';
import { ImplantationMap } from '../../api/src/correspondents/maps/implantation-map.entity';
import { Agent } from '../../api/src/referential/agent.entity';
import { Service } from '../../api/src/referential/service.entity';
import { AuditEntry } from '../../api/src/shared/audit/audit-entry.entity';
import { StatusChange } from '../../api/src/shared/workflow/status-change.entity';
import { initTestApp, type TestApp } from '../support/app';
import { department, interior } from '../support/fixtures';
import { clasOf, MAP, must } from '../support/lifecycle';

/*
 * Issue 12 items 1–2: every text a caller sends is checked before it reaches PostgreSQL (length from its column, no
 * control character, valid Unicode), with a French error on the field; and no response carries SQL, a stack or a
 * database message, in development as in production. Every refused write leaves the row counts as they were.
 */

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';

describe.each([false, true])('text input (production: %s)', (production) => {
  let app: TestApp;
  let ministryId: string;
  let paris: string;
  let serviceId: string;

  beforeAll(async () => {
    app = await initTestApp({ config: { production } });
    const em = app.em();
    ministryId = (await interior(em)).id;
    paris = (await department(em, '75')).id;
    serviceId = must(await app.gql(`mutation($i: ServiceInput!) { createService(input: $i) { id } }`, { i: service('TXT-0') }))
      .createService.id;
  });
  afterAll(() => app.close());

  const service = (code: string, extra: Record<string, unknown> = {}) => ({
    code,
    name: `Service ${code}`,
    kind: 'PREFECTURE',
    departmentId: paris,
    designatingAuthority: 'PREFECT',
    ministryId,
    validFrom: '2020-01-01',
    ...extra,
  });
  const agent = (registrationNumber: string, extra: Record<string, unknown> = {}) => ({
    registrationNumber,
    firstName: 'Camille',
    lastName: 'Martin',
    grade: 'Attaché',
    corps: 'Attachés',
    category: 'A',
    status: 'TITULAIRE',
    population: 'ADMINISTRATIVE_TECHNICAL_SCIENTIFIC',
    employingMinistryId: ministryId,
    serviceId,
    validFrom: '2024-01-01',
    ...extra,
  });
  const counts = async () => {
    const em = app.em();
    return { services: await em.count(Service), agents: await em.count(Agent), audit: await em.count(AuditEntry) };
  };
  /** Nothing of a response may show the database or the code: no SQL, no stack, no driver message. */
  const leakFree = (response: unknown) => {
    const text = JSON.stringify(response);
    expect(text).not.toMatch(
      /insert into|select .* from|update "|stacktrace|\.ts:\d+|node_modules|character varying|unicode escape|invalid message format/i,
    );
  };

  it('refuses a NUL byte, a lone surrogate, a line break and an over-long text in a name, on the field, writing nothing', async () => {
    const before = await counts();
    const cases: [string, string, RegExp][] = [
      [NUL, 'TEXT_CONTROL_CHARACTER', /^« Nom » : caractère de contrôle U\+0000 interdit \(le texte tient sur une ligne\)\.$/],
      [
        LONE_SURROGATE,
        'TEXT_INVALID_UNICODE',
        /^« Nom » : texte Unicode invalide \(demi-caractère U\+D800 isolé\) : ressaisissez le texte\.$/,
      ],
      ['Service\nde test', 'TEXT_CONTROL_CHARACTER', /^« Nom » : caractère de contrôle U\+000A interdit/],
      ['x'.repeat(256), 'TEXT_TOO_LONG', /^« Nom » : 256 caractères, 255 au plus\.$/],
      ['x'.repeat(1_000_000), 'TEXT_TOO_LONG', /^« Nom » : 1000000 caractères, 255 au plus\.$/],
    ];
    for (const [name, subCode, message] of cases) {
      const result = await app.gql(`mutation($i: ServiceInput!) { createService(input: $i) { id } }`, {
        i: service(`TXT-${subCode}`, { name }),
      });
      expect(result.data).toBeNull();
      expect(result.errors![0].message).toMatch(message);
      expect(result.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', subCode, field: 'name' });
      leakFree(result);
    }
    // The length is the column's: 255 characters fit (astral characters count once, as PostgreSQL counts them).
    const longest = await app.gql(`mutation($i: ServiceInput!) { createService(input: $i) { name } }`, {
      i: service('TXT-LONGEST', { name: '😀'.repeat(255) }),
    });
    expect(longest.data!.createService.name).toBe('😀'.repeat(255));
    expect(await counts()).toEqual({ ...before, services: before.services + 1, audit: before.audit + 1 });
    // A column's own length: a site's postal code is varchar(5).
    const site = await app.gql(
      `mutation { createServiceSite(input: { serviceId: "${serviceId}", label: "Site", address: "1 rue A", postalCode: "750011", city: "Paris" }) { id } }`,
    );
    expect(site.errors![0].extensions).toMatchObject({ subCode: 'TEXT_TOO_LONG', field: 'postalCode' });
  });

  it('reports bad texts of a bulk save on their row and field, in the dry run and the save, writing nothing', async () => {
    const before = await counts();
    const rows = [
      { values: agent('TXT-A1') },
      { values: agent('TXT-A2', { lastName: NUL }) },
      { values: agent('x'.repeat(300), { grade: LONE_SURROGATE }) },
    ];
    for (const dryRun of [true, false]) {
      const result = await app.gql(
        `mutation($rows: [AgentRow!]!, $dryRun: Boolean!) { saveAgents(rows: $rows, dryRun: $dryRun) { ok rows { index violations { field code message } } } }`,
        { rows, dryRun },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.saveAgents).toEqual({
        ok: false,
        rows: [
          { index: 0, violations: [] },
          {
            index: 1,
            violations: [
              {
                field: 'lastName',
                code: 'TEXT_CONTROL_CHARACTER',
                message: expect.stringMatching(/^« Nom » : caractère de contrôle U\+0000/),
              },
            ],
          },
          {
            index: 2,
            violations: [
              { field: 'registrationNumber', code: 'TEXT_TOO_LONG', message: '« Matricule » : 300 caractères, 255 au plus.' },
              { field: 'grade', code: 'TEXT_INVALID_UNICODE', message: expect.stringMatching(/^« Grade » : texte Unicode invalide/) },
            ],
          },
        ],
      });
    }
    expect(await counts()).toEqual(before);
  });

  it('accepts tabs and line breaks in free text (a text column), and refuses its other control characters', async () => {
    const { commission } = await clasOf(app.em(), '75', []);
    const before = await app.em().count(CommissionSession);
    const agenda = 'Ordre du jour :\r\n1.\tcarte d’implantation\n2.\tcandidatures';
    const ok = await app.gql(`mutation($i: CommissionSessionInput!) { createCommissionSession(input: $i) { agenda } }`, {
      i: { commissionId: commission.id, date: '2026-03-01', agenda },
    });
    expect(ok.data!.createCommissionSession.agenda).toBe(agenda);
    for (const [text, subCode] of [
      ['Ordre du jour\u0007', 'TEXT_CONTROL_CHARACTER'],
      ['x'.repeat(10_001), 'TEXT_TOO_LONG'],
    ]) {
      const refused = await app.gql(`mutation($i: CommissionSessionInput!) { createCommissionSession(input: $i) { agenda } }`, {
        i: { commissionId: commission.id, date: '2026-03-02', agenda: text },
      });
      expect(refused.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', subCode, field: 'agenda' });
    }
    expect(await app.em().count(CommissionSession)).toBe(before + 1);
  });

  it('checks the texts of a workflow step against the columns they are written to', async () => {
    const {
      sessions: [sessionId],
    } = await clasOf(app.em(), '75', ['2026-01-15']);
    let map = must(
      await app.gql(`mutation($i: ImplantationMapInput!) { createImplantationMap(input: $i) { ${MAP} } }`, {
        i: { title: 'Carte', departmentId: paris, authority: 'PREFECT' },
      }),
    ).createImplantationMap;
    must(
      await app.gql(`mutation($i: ImplantationMapEntryInput!) { createImplantationMapEntry(input: $i) { id } }`, {
        i: { mapId: map.id, serviceId, requiredCount: 1 },
      }),
    );
    map = must(
      await app.gql(
        `mutation($id: ID!, $v: Int!, $s: ID!) { submitImplantationMap(id: $id, version: $v, sessionId: $s, on: "2026-01-01") { ${MAP} } }`,
        { id: map.id, v: map.version, s: sessionId },
      ),
    ).submitImplantationMap;
    must(
      await app.gql(`mutation($i: RecordOpinionInput!) { recordOpinion(input: $i) { id } }`, {
        i: { sessionId, value: 'FAVORABLE', implantationMapId: map.id, version: map.version },
      }),
    );
    const changes = await app.em().count(StatusChange);
    const adopt = (input: Record<string, unknown>) =>
      app.gql(
        `mutation($id: ID!, $i: AdoptImplantationMapInput!) { adoptImplantationMap(id: $id, version: ${map.version + 1}, input: $i) { status } }`,
        {
          id: map.id,
          i: { arreteNumber: 'ARR-1', arreteDate: '2026-02-01', arreteSignatory: 'Le préfet', ...input },
        },
      );
    const cases: [Record<string, unknown>, string, string][] = [
      [{ arreteNumber: NUL }, 'arreteNumber', 'TEXT_CONTROL_CHARACTER'],
      [{ decisionReason: LONE_SURROGATE }, 'decisionReason', 'TEXT_INVALID_UNICODE'],
      // Within what a mutation's argument may carry, but not what the column holds: refused before the flush.
      [{ arreteNumber: 'A'.repeat(256) }, 'arreteNumber', 'TEXT_TOO_LONG'],
      [{ arreteSignatory: 'Le préfet\nde Paris' }, 'arreteSignatory', 'TEXT_CONTROL_CHARACTER'],
    ];
    for (const [input, field, subCode] of cases) {
      const refused = await adopt(input);
      expect(refused.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', subCode, field });
      leakFree(refused);
    }
    expect(await app.em().count(StatusChange)).toBe(changes);
    expect((await app.em().findOneOrFail(ImplantationMap, map.id)).status).toBe('OPINION_GIVEN');
    expect((await adopt({})).data!.adoptImplantationMap.status).toBe('ADOPTED');
  });

  it('checks every filter argument: no control character, no lone surrogate, a capped length, before any SQL', async () => {
    const list = (filter: Record<string, unknown>) =>
      app.gql(`query($f: ServiceFilter) { services(filter: $f) { totalCount } }`, { f: filter });
    const cases: [Record<string, unknown>, string, string, RegExp][] = [
      [{ q: NUL }, 'filter.q', 'TEXT_CONTROL_CHARACTER', /^« filter\.q » : caractère de contrôle U\+0000 interdit/],
      [{ q: LONE_SURROGATE }, 'filter.q', 'TEXT_INVALID_UNICODE', /^« filter\.q » : texte Unicode invalide/],
      [{ q: 'x'.repeat(1_000_000) }, 'filter.q', 'TEXT_TOO_LONG', /^« filter\.q » : 1000000 caractères, 200 au plus\.$/],
      [{ departmentId: `${paris}\u0000` }, 'filter.departmentId', 'TEXT_CONTROL_CHARACTER', /U\+0000/],
    ];
    const statements = await app.countStatements(async () => {
      for (const [filter, field, subCode, message] of cases) {
        const result = await list(filter);
        expect(result.data).toBeNull();
        expect(result.errors![0].message).toMatch(message);
        expect(result.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', subCode, field });
        leakFree(result);
      }
    });
    expect(statements).toBe(0);
    // Other query arguments too (a NUL here was sent to PostgreSQL as a parameter).
    const audit = await app.gql(`query($e: String!) { auditEntries(entityName: $e, entityId: "${serviceId}") { totalCount } }`, {
      e: 'Service\u0000',
    });
    expect(audit.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      subCode: 'TEXT_CONTROL_CHARACTER',
      field: 'entityName',
    });
    // An ordinary search still works, accents and all.
    expect((await list({ q: 'Service TXT-0' })).data!.services.totalCount).toBe(1);
  });
});

describe.each([false, true])('no SQL, stack or database message in a response (production: %s)', (production) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await initTestApp({ config: { production } });
    // A rule the database knows and the API does not: its refusal is an unexpected error.
    await app.em().getConnection().execute(`alter table ministry add constraint ministry_name_not_boom check (name <> 'BOOM')`);
  });
  afterAll(() => app.close());

  it('answers « Erreur interne » with the request id, and logs the SQL, the database message and the stack under that id', async () => {
    const requestId = `test-${production}-boom`;
    const result = await app.gql(
      `mutation { createMinistry(input: { code: "BOOM", name: "BOOM" }) { id } }`,
      {},
      { 'x-request-id': requestId },
    );
    expect(result).toEqual({
      data: null,
      errors: [
        {
          message: `Erreur interne (requête ${requestId}).`,
          path: ['createMinistry'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ],
    });
    const logged = app.logs.filter((l) => l.msg === 'Erreur interne' && l.requestId === requestId);
    expect(logged).toHaveLength(1);
    const err = logged[0].err as Record<string, string>;
    expect(err.message).toMatch(/insert into "ministry".*ministry_name_not_boom/s);
    expect(err.stack).toMatch(/\n\s+at /);
  });

  it('keeps GraphQL’s own errors readable, without a stack', async () => {
    const result = await app.gql(`{ nope }`);
    expect(result.errors![0]).toMatchObject({ message: expect.stringMatching(/nope/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|\n\s+at /);
  });
});
