import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_IDS_INDEX } from '../../api/src/access/personal-data-access.entity';
import { initTestApp } from '../support/app';
import { serviceWithAgents } from '../support/fixtures';

/**
 * The access log's GIN index pending list is merged by the upkeep's own connection (`access/access-log-upkeep.ts`),
 * not left to the read whose insert crosses `gin_pending_list_limit`. Seen through PostgreSQL itself: `pgstattuple`'s
 * `pgstatginindex` counts the index's pending pages and lines without merging them.
 */
async function appReadingNames(accessLogUpkeepMs: number | null) {
  const app = await initTestApp({ config: { accessLogUpkeepMs } });
  const service = await serviceWithAgents(app.em(), '22', 3);
  /** Reads the service's agents' names (personal fields: each read writes an access-log line with their ids). */
  const readNames = async (times: number) => {
    for (let i = 0; i < times; i++) {
      const { errors } = await app.gql(`{ agents(filter: { serviceId: "${service.id}" }) { items { lastName } } }`);
      expect(errors).toBeUndefined();
    }
  };
  const sql = <T>(text: string, values: unknown[] = []) => app.em().getConnection().execute<T[]>(text, values);
  await sql(`create extension if not exists pgstattuple`);
  const database = (await sql<{ name: string }>(`select current_database() as name`))[0].name;
  /** The lines waiting in the pending list (not merged by this look). */
  const pending = async () =>
    Number((await sql<{ n: number }>(`select pending_tuples::int as n from pgstatginindex(?::regclass)`, [ENTITY_IDS_INDEX]))[0].n);
  /** The upkeep's connections to `db` (default: this app's database). */
  const upkeepConnections = async (db = database) =>
    Number(
      (
        await sql<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where application_name = 'registre: access-log upkeep' and datname = ?`,
          [db],
        )
      )[0].n,
    );
  return { app, database, readNames, pending, upkeepConnections };
}

describe('the access log index pending list is merged off the readers’ path (ACCESS_LOG_UPKEEP_MS)', () => {
  let kept: Awaited<ReturnType<typeof appReadingNames>>;
  let unkept: Awaited<ReturnType<typeof appReadingNames>>;
  beforeAll(async () => {
    kept = await appReadingNames(50);
    unkept = await appReadingNames(null);
  });
  afterAll(async () => {
    await kept?.app.close();
    await unkept?.app.close();
  });

  it('without the upkeep, the lines the reads wrote wait in the pending list (the control)', async () => {
    await unkept.readNames(5);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await unkept.pending()).toBeGreaterThanOrEqual(5);
    expect(await unkept.upkeepConnections()).toBe(0);
  });

  it('with it, they are merged into the index shortly after, by a connection of its own', async () => {
    await kept.readNames(5);
    await expect.poll(kept.pending, { timeout: 5000, interval: 50 }).toBe(0);
    expect(await kept.upkeepConnections()).toBe(1);
    // And the auditors' look-up by person still finds them, now through the index itself.
    const found = await kept.app
      .em()
      .getConnection()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from personal_data_access where entity_ids && (select array_agg(id) from agent)`,
      );
    expect(found[0].n).toBeGreaterThanOrEqual(5);
  });

  it('the index lets 64 MB of lines wait, the upkeep’s margin (migration …_AccessLogPendingList)', async () => {
    const [index] = await kept.app
      .em()
      .getConnection()
      .execute<{ options: string[] }[]>(`select reloptions as options from pg_class where relname = ?`, [ENTITY_IDS_INDEX]);
    expect(index.options).toContain('gin_pending_list_limit=65536');
  });

  it('stopping the server closes that connection', async () => {
    const other = await appReadingNames(50);
    await expect.poll(() => kept.upkeepConnections(other.database), { timeout: 5000, interval: 50 }).toBe(1);
    await other.app.close();
    await expect.poll(() => kept.upkeepConnections(other.database), { timeout: 5000, interval: 50 }).toBe(0);
  });
});
