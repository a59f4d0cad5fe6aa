import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessLogCommit } from '../../api/src/access/access-log';
import { initTestApp } from '../support/app';
import { serviceWithAgents } from '../support/fixtures';

/**
 * How the transaction writing an access-log line commits (`ACCESS_LOG_COMMIT`, `access/access-log.ts`), as PostgreSQL
 * itself sees it at that commit: a deferred constraint trigger on the log runs at the commit of the transaction that
 * wrote the line, and notes the `synchronous_commit` that transaction ends with.
 */
async function withCommitModes(commit: AccessLogCommit) {
  const app = await initTestApp({ config: { accessLogCommit: commit } });
  const em = app.em();
  await em.execute(`create table commit_mode (request_id text, mode text)`);
  await em.execute(`create function note_commit_mode() returns trigger language plpgsql as $$
    begin insert into commit_mode values (new.request_id, current_setting('synchronous_commit')); return null; end $$`);
  await em.execute(`create constraint trigger note_commit_mode after insert on personal_data_access
    deferrable initially deferred for each row execute function note_commit_mode()`);
  const service = await serviceWithAgents(em, '22', 3);
  /**
   * The commit modes of the lines each request wrote, reading its page's own names (written by the read's statement),
   * names below a page (written after it), and exporting the page's agents (written by the export's statement).
   */
  const modes = async (requestId: string) => {
    const own = await app.gql(
      `{ agents(filter: { serviceId: "${service.id}" }) { items { lastName } } }`,
      {},
      { 'x-request-id': `${requestId}-page` },
    );
    const below = await app.gql(
      `{ services(filter: { ids: ["${service.id}"] }) { items { agents { lastName } } } }`,
      {},
      {
        'x-request-id': `${requestId}-below`,
      },
    );
    expect([own.errors, below.errors]).toEqual([undefined, undefined]);
    // The export's line, written by its own statement in the export's transaction (`exports/export.service.ts`).
    const query = new URLSearchParams({ filter: JSON.stringify({ serviceId: service.id }) });
    const file = await fetch(`${app.baseUrl}/exports/agents.csv?${query}`, {
      headers: { authorization: await app.authorization(), 'x-request-id': `${requestId}-export` },
    });
    expect(file.status, await file.text()).toBe(200);
    return em
      .getConnection()
      .execute<{ request_id: string; mode: string }[]>(
        `select request_id, mode from commit_mode where request_id like ? order by request_id`,
        [`${requestId}-%`],
      );
  };
  return { app, modes };
}

describe('an access-log line (of a read or of an export) commits without waiting for the disk, unless ACCESS_LOG_COMMIT=synchronous', () => {
  let asynchronous: Awaited<ReturnType<typeof withCommitModes>>;
  let synchronous: Awaited<ReturnType<typeof withCommitModes>>;
  beforeAll(async () => {
    asynchronous = await withCommitModes('asynchronous');
    synchronous = await withCommitModes('synchronous');
  });
  afterAll(async () => {
    await asynchronous?.app.close();
    await synchronous?.app.close();
  });

  it('asynchronous (the default): the line is committed, its transaction alone off the flush of the write-ahead log', async () => {
    expect(await asynchronous.modes('req-async')).toEqual([
      { request_id: 'req-async-below', mode: 'off' },
      { request_id: 'req-async-export', mode: 'off' },
      { request_id: 'req-async-page', mode: 'off' },
    ]);
  });

  it('synchronous: the line is on disk before the answer leaves', async () => {
    expect(await synchronous.modes('req-sync')).toEqual([
      { request_id: 'req-sync-below', mode: 'on' },
      { request_id: 'req-sync-export', mode: 'on' },
      { request_id: 'req-sync-page', mode: 'on' },
    ]);
  });

  it('a write to the registry commits synchronously whatever the access log does', async () => {
    const em = asynchronous.app.em();
    await em.execute(`create table write_mode (mode text)`);
    await em.execute(`create function note_write_mode() returns trigger language plpgsql as $$
      begin insert into write_mode values (current_setting('synchronous_commit')); return null; end $$`);
    await em.execute(`create constraint trigger note_write_mode after update on service
      deferrable initially deferred for each row execute function note_write_mode()`);
    const service = await serviceWithAgents(em, '29', 1);
    const saved = await asynchronous.app.gql(
      `mutation($id: ID!, $version: Int!) { updateService(id: $id, version: $version, input: { name: "Service renommé" }) { name } }`,
      {
        id: service.id,
        version: service.version,
      },
    );
    expect(saved.errors).toBeUndefined();
    expect(await em.getConnection().execute(`select distinct mode from write_mode`)).toEqual([{ mode: 'on' }]);
  });
});
