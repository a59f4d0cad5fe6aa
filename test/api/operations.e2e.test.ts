import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/demo/seed-demo';
import type { Principal, Role } from '../../api/src/access/roles';
import { initTestApp, type TestApp } from '../support/app';

/** Each operation runs as the user of its `# as: ROLE [perimeter codes]` line. */
const callerOf = (text: string): Principal => {
  const [role, ...perimeter] = (/^# as: (.*)$/m.exec(text)?.[1] ?? 'NATIONAL_ADMIN').trim().split(/\s+/);
  return { subject: `${role.toLowerCase()}@readme.example`, role: role as Role, perimeter };
};
const run = (text: string, variables: Record<string, unknown>) => app.gql(text, variables, {}, callerOf(text));

/** The README's example operations run here against the demo data, so the documentation cannot drift. */
const dir = path.join(__dirname, 'operations');
const operations = readdirSync(dir).filter((f) => f.endsWith('.graphql'));

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
  await seedDemo(app.em());
});
afterAll(() => app.close());

describe('README example operations', () => {
  it.each(operations)('%s runs without error and returns data', async (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const variables = JSON.parse(/^# variables: (.*)$/m.exec(text)?.[1] ?? '{}');
    const result = await run(text, variables);
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data ?? {}).length).toBeGreaterThan(0);
  });

  it('the analyst example excludes the Préfecture de police and military gendarmes from the network headcount', async () => {
    const text = readFileSync(path.join(dir, 'analyst-headcounts.graphql'), 'utf8');
    const { data } = await run(text, { region: '11', asOf: '2025-06-30' });
    const paris = data!.regions.items[0].departments.find((d: { code: string }) => d.code === '75');
    expect(paris.headcount.excluded).toBeGreaterThan(30);
    expect(paris.headcount.network).toBeGreaterThan(0);
  });

  it('the bulk example reports the malformed email and the missing fields of its row', async () => {
    const text = readFileSync(path.join(dir, 'admin-bulk-agents.graphql'), 'utf8');
    const { data } = await run(text, JSON.parse(/^# variables: (.*)$/m.exec(text)![1]));
    const fields = data!.saveAgents.rows[0].violations.map((v: { field: string }) => v.field).sort();
    expect(data!.saveAgents.ok).toBe(false);
    expect(fields).toEqual(['email', 'employingMinistryId', 'serviceId']);
  });

  it('the partner sees the services of its convention, and the CTR the posts of its region', async () => {
    const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
    const partner = await run(read('partner-services.graphql'), { asOf: '2026-01-01' });
    expect(partner.data!.services.totalCount).toBeGreaterThan(0);
    const national = await app.gql(read('partner-services.graphql'), { asOf: '2026-01-01' });
    expect(national.data!.services.totalCount).toBeGreaterThan(partner.data!.services.totalCount);
    const post = await run(read('admin-post-breakdown.graphql'), { code: 'ASS-13-1', asOf: '2025-06-30' });
    expect(post.data!.socialWorkerPosts.items).toHaveLength(1);
  });
});
