import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/demo/seed-demo';
import { initTestApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await initTestApp();
  await seedDemo(app.em());
});
afterAll(() => app.close());

/** The back office's own modules (ESM for Vite): loaded at run time, outside the API's type-check. */
const admin = (file: string) => import(path.resolve(__dirname, '../../admin/src', file));

describe('the « Historique » tab has words for everything the trail records', () => {
  it('labels in French every field the audit trail of the demo data holds, on every record type with a screen', async () => {
    const [{ fieldLabel }, { resourceOfType }, { i18nProvider }] = await Promise.all([
      admin('audit/changes.ts'),
      admin('dataProvider/schema.ts'),
      admin('i18n/i18nProvider.ts'),
    ]);
    const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options) as string;
    const rows = await app
      .em()
      .getConnection()
      .execute<{ entity_name: string; key: string }[]>(
        `select distinct entity_name, k as key from audit_entry, jsonb_object_keys(coalesce(after, before)) k where k not in ('id', 'version', 'createdAt', 'updatedAt')`,
      );
    const types = new Set(rows.map((r) => r.entity_name));
    expect(types.size).toBeGreaterThan(20);
    const unlabelled = rows
      .filter((r) => resourceOfType(r.entity_name))
      .filter((r) => fieldLabel(resourceOfType(r.entity_name), r.key, translate) === translate('app.audit.otherField'))
      .map((r) => `${r.entity_name}.${r.key}`);
    expect(unlabelled).toEqual([]);
  });
});
