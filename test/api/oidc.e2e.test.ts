import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initTestApp, type TestApp } from '../support/app';
import { serviceWithAgents } from '../support/fixtures';
import { BOOTSTRAP_ADMIN, createTestProvider, SCRIPT_CLIENT, type TestProvider } from '../support/oidc';

let app: TestApp;
let provider: TestProvider;

beforeAll(async () => {
  provider = await createTestProvider();
  app = await initTestApp({ config: { auth: provider.auth } });
  await provider.start(app.baseUrl);
});
afterAll(async () => {
  await app?.close();
  await provider?.close();
});

const call = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
};

const GRANT = `mutation($input: AccessGrantInput!) { createAccessGrant(input: $input) { id kind subject role perimeter } }`;

describe('sign-in with an OpenID provider: roles and perimeters from the grants, never from the token', () => {
  it('refuses an unmapped script in French, then lets it read only the perimeter the national administration grants it', async () => {
    const paris = await serviceWithAgents(app.em(), '75', 1);
    const lyon = await serviceWithAgents(app.em(), '69', 1);
    const token = await provider.scriptToken();

    const refused = await call(token, '{ me { role } }');
    expect(refused.status).toBe(403);
    expect(refused.body.errors![0]).toMatchObject({
      message: `Accès refusé : votre compte « ${SCRIPT_CLIENT.id} » n’a pas d’habilitation au registre ; demandez-la à l’administration nationale.`,
      extensions: { code: 'FORBIDDEN', subCode: 'ACCESS_NOT_GRANTED' },
    });

    // The first national administrator (AUTH_BOOTSTRAP_ADMIN) records the script's access, audited like any change.
    const admin = await provider.sign({ sub: BOOTSTRAP_ADMIN, client_id: 'registre-back-office' });
    const created = await call(admin, GRANT, {
      input: {
        kind: 'CLIENT',
        subject: SCRIPT_CLIENT.id,
        label: 'Script de la DDETS de Paris',
        role: 'DEPARTMENTAL_ADMIN',
        perimeter: ['75'],
        validFrom: '2020-01-01',
      },
    });
    expect(created.body.errors).toBeUndefined();

    const me = await call(token, '{ me { subject name role perimeter } }');
    expect(me.body.data!.me).toEqual({
      subject: SCRIPT_CLIENT.id,
      name: 'Script de la DDETS de Paris',
      role: 'DEPARTMENTAL_ADMIN',
      perimeter: ['75'],
    });
    const services = await call(token, '{ services(limit: 500) { items { code } } }');
    const codes = services.body.data!.services.items.map((s: { code: string }) => s.code);
    expect(codes).toContain(paris.code);
    expect(codes).not.toContain(lyon.code);
    const audit = await call(
      admin,
      `query($id: ID!) { auditEntries(entityName: "AccessGrant", entityId: $id) { items { actor action } } }`,
      { id: created.body.data!.createAccessGrant.id },
    );
    expect(audit.body.data!.auditEntries.items).toEqual([expect.objectContaining({ actor: BOOTSTRAP_ADMIN })]);
  });

  it('ignores the role and perimeter claims a token carries', async () => {
    const forged = await provider.sign({ sub: 'agent.ordinaire', role: 'NATIONAL_ADMIN', perimeter: [] });
    const refused = await call(forged, '{ me { role } }');
    expect(refused.body.errors![0].extensions).toMatchObject({ subCode: 'ACCESS_NOT_GRANTED' });
    const admin = await provider.sign({ sub: BOOTSTRAP_ADMIN });
    await call(admin, GRANT, {
      input: {
        kind: 'USER',
        subject: 'agent.ordinaire',
        label: 'Agent ordinaire',
        role: 'ANALYST',
        perimeter: [],
        validFrom: '2020-01-01',
      },
    });
    expect((await call(forged, '{ me { role } }')).body.data!.me.role).toBe('ANALYST');
  });

  it('keeps the grants to the national administration, and checks them', async () => {
    const admin = await provider.sign({ sub: BOOTSTRAP_ADMIN });
    await call(admin, GRANT, {
      input: { kind: 'USER', subject: 'analyste.oidc', label: 'Analyste', role: 'ANALYST', perimeter: [], validFrom: '2020-01-01' },
    });
    const analyst = await provider.sign({ sub: 'analyste.oidc' });
    const read = await call(analyst, '{ accessGrants { totalCount } }');
    expect(read.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', subCode: 'FORBIDDEN' });
    const noPerimeter = await call(admin, GRANT, {
      input: { kind: 'USER', subject: 'ctr', label: 'CTR', role: 'REGIONAL_CTR', validFrom: '2020-01-01' },
    });
    expect(noPerimeter.body.errors![0].extensions).toMatchObject({ subCode: 'ACCESS_GRANT_PERIMETER_REQUIRED', field: 'perimeter' });
    const twice = await call(admin, GRANT, {
      input: { kind: 'USER', subject: 'analyste.oidc', label: 'Encore', role: 'ANALYST', perimeter: [], validFrom: '2024-01-01' },
    });
    expect(twice.body.errors![0].extensions).toMatchObject({ subCode: 'ACCESS_GRANT_OVERLAP' });
  });

  it('sends an expired token back to sign-in (401, in French)', async () => {
    const expired = await provider.sign({ sub: BOOTSTRAP_ADMIN }, Math.floor(Date.now() / 1000) - 60);
    const response = await call(expired, '{ me { role } }');
    expect(response.status).toBe(401);
    expect(response.body.errors![0].message).toBe('Authentification refusée : jeton expiré.');
  });
});
