import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from '../../api/src/referential/agent.entity';
import { AgentCategory, AgentStatus, Population } from '../../api/src/referential/enums';
import { initTestApp, type TestApp } from '../support/app';
import { serviceWithAgents } from '../support/fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
});
afterAll(() => app.close());

describe('a deterministic order at every level', () => {
  it('breaks ties by id in nested lists too: agents with the same name always come back in the same order', async () => {
    const em = app.em();
    const service = await serviceWithAgents(em, '29', 0);
    // Six namesakes written in descending id order, so that the table's own order is not the id order.
    const ids = Array.from({ length: 6 }, () => randomUUID()).sort().reverse();
    for (const [i, id] of ids.entries()) {
      em.create(Agent, {
        id, registrationNumber: `HOM-${i}-${id.slice(0, 6)}`, firstName: 'Camille', lastName: 'Martin', grade: 'Attaché', corps: 'Attachés d’administration de l’État',
        category: AgentCategory.A, status: AgentStatus.TITULAIRE, population: Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC,
        employingMinistry: service.ministry, service, validFrom: '2020-01-01',
      });
      await em.flush();
    }
    const ascending = [...ids].sort();
    const nested = await app.gql(`query($id: ID!) { service(id: $id) { all: agents { id } firstThree: agents(limit: 3) { id } } }`, { id: service.id });
    expect(nested.errors).toBeUndefined();
    expect(nested.data!.service.all.map((a: { id: string }) => a.id)).toEqual(ascending);
    expect(nested.data!.service.firstThree.map((a: { id: string }) => a.id)).toEqual(ascending.slice(0, 3));
    const top = await app.gql(`query($id: ID!) { agents(filter: { serviceId: $id }, sort: [{ field: "lastName" }]) { items { id } } }`, { id: service.id });
    expect(top.data!.agents.items.map((a: { id: string }) => a.id)).toEqual(ascending);
  });
});
