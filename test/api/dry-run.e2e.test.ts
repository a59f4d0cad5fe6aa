import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImplantationMapEntry } from '../../api/src/correspondents/maps/implantation-map-entry.entity';
import { Affectation } from '../../api/src/referential/affectation.entity';
import { Agent } from '../../api/src/referential/agent.entity';
import { Service } from '../../api/src/referential/service.entity';
import { AuditEntry } from '../../api/src/shared/audit/audit-entry.entity';
import { initTestApp, type TestApp } from '../support/app';
import { department, interior, serviceWithAgents } from '../support/fixtures';
import { must } from '../support/lifecycle';
import { ADMIN_75 } from '../support/principals';

/*
 * Issue 12 items 5–6: a dry run runs every check the save runs — the perimeter included, refused on its row and field
 * in French, naming what it designates by its human key — and uniqueness is checked against every row of the table,
 * not only those the caller may read. Row counts are the same before and after every refused write.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

let app: TestApp;
let paris: Service;
let rennes: Service;
let ministryId: string;

const as75 = () => app.as(ADMIN_75);
const AGENTS = `mutation($rows: [AgentRow!]!, $dryRun: Boolean!) { saveAgents(rows: $rows, dryRun: $dryRun) { ok dryRun rows { index violations { field code message } } } }`;
const counts = async () => {
  const em = app.em();
  return {
    agents: await em.count(Agent),
    affectations: await em.count(Affectation),
    services: await em.count(Service),
    audit: await em.count(AuditEntry),
  };
};
const newcomer = (registrationNumber: string, serviceId: string) => ({
  registrationNumber,
  firstName: 'Dominique',
  lastName: 'Martin',
  grade: 'Secrétaire administratif',
  corps: 'SA',
  category: 'B',
  status: 'TITULAIRE',
  population: 'ADMINISTRATIVE_TECHNICAL_SCIENTIFIC',
  employingMinistryId: ministryId,
  serviceId,
  validFrom: '2026-01-01',
});

beforeAll(async () => {
  app = await initTestApp();
  const em = app.em();
  paris = await serviceWithAgents(em, '75', 2);
  rennes = await serviceWithAgents(em, '35', 1);
  ministryId = (await interior(em)).id;
});
afterAll(() => app.close());

describe('a dry run says what the save will do: the perimeter', () => {
  it('refuses moving an agent to another department’s service in the dry run and in the save, on the row and field, naming the service', async () => {
    const [stays, moves] = await app.em().find(Agent, { service: paris }, { orderBy: { registrationNumber: 'asc' } });
    const rows = [
      { id: stays.id, version: stays.version, values: { grade: 'Attaché principal' } },
      { id: moves.id, version: moves.version, values: { serviceId: rennes.id, affectationDate: '2026-06-01' } },
    ];
    const before = await counts();
    const message = `Hors de votre périmètre (administrateur départemental : 75) : « Service d’affectation » désigne Service « ${rennes.code} », du département 35.`;
    for (const dryRun of [true, false]) {
      const result = await as75()(AGENTS, { rows, dryRun });
      expect(result.errors).toBeUndefined();
      expect(result.data!.saveAgents).toEqual({
        ok: false,
        dryRun,
        rows: [
          { index: 0, violations: [] },
          { index: 1, violations: [{ field: 'serviceId', code: 'OUT_OF_PERIMETER', message }] },
        ],
      });
      expect(message).not.toMatch(UUID);
    }
    expect(await counts()).toEqual(before);
    const unchanged = await app.em().findOneOrFail(Agent, moves.id, { populate: ['service'] });
    expect({ service: unchanged.service.id, version: unchanged.version }).toEqual({ service: paris.id, version: moves.version });
    // Once the bad row is dropped, the dry run and the save agree again.
    expect((await as75()(AGENTS, { rows: rows.slice(0, 1), dryRun: true })).data!.saveAgents.ok).toBe(true);
    expect((await as75()(AGENTS, { rows: rows.slice(0, 1), dryRun: false })).data!.saveAgents.ok).toBe(true);
  });

  it('refuses a single write outside the perimeter as FORBIDDEN, on the field, with the same words', async () => {
    const before = await counts();
    const [agent] = await app.em().find(Agent, { service: paris }, { orderBy: { registrationNumber: 'desc' } });
    const moved = await as75()(
      `mutation($id: ID!, $v: Int!, $s: ID!) { updateAgent(id: $id, version: $v, input: { serviceId: $s }) { id } }`,
      { id: agent.id, v: agent.version, s: rennes.id },
    );
    expect(moved.errors![0]).toMatchObject({
      message: `Hors de votre périmètre (administrateur départemental : 75) : « Service d’affectation » désigne Service « ${rennes.code} », du département 35.`,
      extensions: { code: 'FORBIDDEN', subCode: 'OUT_OF_PERIMETER', field: 'serviceId' },
    });
    const service = (input: Record<string, unknown>) =>
      as75()(`mutation($i: ServiceInput!) { createService(input: $i) { id } }`, {
        i: {
          code: 'HORS-75',
          name: 'Service hors périmètre',
          kind: 'PREFECTURE',
          designatingAuthority: 'PREFECT',
          ministryId,
          validFrom: '2026-01-01',
          ...input,
        },
      });
    const elsewhere = await service({ departmentId: (await department(app.em(), '35')).id });
    expect(elsewhere.errors![0]).toMatchObject({
      message: 'Hors de votre périmètre (administrateur départemental : 75) : « Département » désigne Département « 35 ».',
      extensions: { code: 'FORBIDDEN', subCode: 'OUT_OF_PERIMETER', field: 'departmentId' },
    });
    const national = await service({ departmentId: null, kind: 'ADMINISTRATION_CENTRALE', designatingAuthority: 'SECRETARY_GENERAL' });
    expect(national.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN', subCode: 'OUT_OF_PERIMETER', field: 'departmentId' } });
    expect(national.errors![0].message).toMatch(
      /« Département » vide : un enregistrement national relève de l’administration nationale\.$/,
    );
    expect(await counts()).toEqual(before);
  });
});

describe('uniqueness is checked against every row, not the caller’s scope', () => {
  it('reports a registration number used in another department on its row, without revealing the other record', async () => {
    const [other] = await app.em().find(Agent, { service: rennes });
    const before = await counts();
    for (const dryRun of [true, false]) {
      const result = await as75()(AGENTS, {
        rows: [{ values: newcomer('DRY-75-2', paris.id) }, { values: newcomer(other.registrationNumber, paris.id) }],
        dryRun,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.saveAgents).toEqual({
        ok: false,
        dryRun,
        rows: [
          { index: 0, violations: [] },
          {
            index: 1,
            violations: [
              {
                field: 'registrationNumber',
                code: 'DUPLICATE',
                message: `« Matricule » : la valeur « ${other.registrationNumber} » est déjà utilisée.`,
              },
            ],
          },
        ],
      });
      const text = JSON.stringify(result);
      for (const secret of [other.id, other.lastName, rennes.code, rennes.id]) expect(text).not.toContain(secret);
    }
    // Within the batch too.
    const twice = await as75()(AGENTS, {
      rows: [{ values: newcomer('DRY-75-3', paris.id) }, { values: newcomer('DRY-75-3', paris.id) }],
      dryRun: true,
    });
    expect(twice.data!.saveAgents.rows[1].violations).toEqual([
      {
        field: 'registrationNumber',
        code: 'DUPLICATE',
        message: '« Matricule » : la valeur « DRY-75-3 » est déjà utilisée (déjà saisi à la ligne 1).',
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('checks the unique keys of several fields from the entity, on the row, instead of a flush error without a row', async () => {
    const map = must(
      await app.gql(`mutation($d: ID!) { createImplantationMap(input: { title: "Carte", departmentId: $d, authority: PREFECT }) { id } }`, {
        d: (await department(app.em(), '75')).id,
      }),
    ).createImplantationMap;
    const entry = { mapId: map.id, serviceId: paris.id, requiredCount: 1 };
    must(await app.gql(`mutation($i: ImplantationMapEntryInput!) { createImplantationMapEntry(input: $i) { id } }`, { i: entry }));
    const before = await app.em().count(ImplantationMapEntry);
    const again = await app.gql(
      `mutation($rows: [ImplantationMapEntryRow!]!) { saveImplantationMapEntries(rows: $rows) { ok rows { violations { field code message } } } }`,
      { rows: [{ values: entry }] },
    );
    expect(again.data!.saveImplantationMapEntries).toEqual({
      ok: false,
      rows: [
        {
          violations: [
            { field: 'serviceId', code: 'DUPLICATE', message: expect.stringMatching(/cette combinaison est déjà enregistrée\.$/) },
          ],
        },
      ],
    });
    expect(await app.em().count(ImplantationMapEntry)).toBe(before);
  });
});
