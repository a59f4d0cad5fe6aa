import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initTestApp, type TestApp } from '../support/app';
import { department } from '../support/fixtures';
import { ADMIN_75 } from '../support/principals';
const CREATE = `mutation($i: SupportProfessionalInput!) { createSupportProfessional(input: $i) { id name department { code } } }`;

let app: TestApp;
let paris: string;
let marseille: string;
beforeAll(async () => {
  app = await initTestApp();
  paris = (await department(app.em(), '75')).id;
  marseille = (await department(app.em(), '13')).id;
});
afterAll(() => app.close());

describe('directory of support professionals [001 art. 5]', () => {
  it('keeps national and departmental contacts, each department seeing the national ones and its own', async () => {
    const national = await app.gql(CREATE, {
      i: {
        kind: 'OPERATIONAL_SUPPORT_PSYCHOLOGIST',
        name: 'Service de soutien psychologique opérationnel',
        phone: '01 40 00 00 00',
        validFrom: '2024-01-01',
      },
    });
    expect(national.errors).toBeUndefined();
    await app.gql(CREATE, {
      i: { kind: 'SOCIAL_WORKER', name: 'Service social de Marseille', departmentId: marseille, validFrom: '2024-01-01' },
    });
    const own = await app.as(ADMIN_75)(CREATE, {
      i: {
        kind: 'PREVENTION_DOCTOR',
        name: 'Médecin de prévention — Paris',
        email: 'prevention.75@interieur.gouv.fr',
        departmentId: paris,
        validFrom: '2024-01-01',
        validTo: '2025-12-31',
      },
    });
    expect(own.data!.createSupportProfessional.department).toEqual({ code: '75' });

    const list = `query($asOf: Date) { supportProfessionals(asOf: $asOf, sort: [{ field: "name" }]) { totalCount items { name } } }`;
    const seen = await app.as(ADMIN_75)(list, {});
    expect(seen.data!.supportProfessionals.items.map((i: { name: string }) => i.name)).toEqual([
      'Médecin de prévention — Paris',
      'Service de soutien psychologique opérationnel',
    ]);
    // As of today the Paris doctor's entry has ended.
    expect((await app.as(ADMIN_75)(list, { asOf: '2026-11-01' })).data!.supportProfessionals.totalCount).toBe(1);

    const nationalByDepartment = await app.as(ADMIN_75)(CREATE, { i: { kind: 'OTHER', name: 'Ligne nationale', validFrom: '2024-01-01' } });
    expect(nationalByDepartment.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const badEmail = await app.gql(CREATE, { i: { kind: 'SOCIAL_WORKER', name: 'X', email: 'pas-une-adresse', validFrom: '2024-01-01' } });
    expect(badEmail.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', subCode: 'EMAIL_INVALID', field: 'email' });
  });
});
