import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * A few versions per record in the national data (issue 17 item 5: as-of reads measured « with a few versions per
 * record »), once: every service renamed on 01/01/2019 and again on 01/01/2023, every agent promoted on 01/01/2021.
 * Today's values stay those of the main tables (the last versions). One transaction: the versions' no-gap check runs
 * at its commit.
 */
export async function ensureVersions(orm: MikroORM): Promise<void> {
  const em = orm.em.fork();
  const [{ single }] = await em
    .getConnection()
    .execute<{ single: boolean }[]>(`select (select count(*) from service_version) = (select count(*) from service) as single`);
  if (!single) return;
  const started = Date.now();
  await em.transactional(async (tx) => {
    const run = (sql: string) => tx.getConnection().execute(sql, [], 'run', tx.getTransactionContext());
    await run(`update service_version set valid = daterange(null, '2019-01-01'), name = name || ' (ancien nom)'`);
    for (const [from, to, suffix] of [
      ['2019-01-01', '2023-01-01', `' (2019)'`],
      ['2023-01-01', null, `''`],
    ] as const) {
      await run(`insert into service_version (id, service_id, valid, name, kind, parent_id, department_id, excluded_from_network)
        select gen_random_uuid(), s.id, daterange('${from}', ${to ? `'${to}'` : 'null'}), s.name || ${suffix}, s.kind, s.parent_id, s.department_id, s.excluded_from_network from service s`);
    }
    await run(`update agent_version set valid = daterange(null, '2021-01-01'), grade = grade || ' (avant promotion)'`);
    await run(`insert into agent_version (id, agent_id, valid, grade, corps, category, status, population, employing_ministry_id)
      select gen_random_uuid(), a.id, daterange('2021-01-01', null), a.grade, a.corps, a.category, a.status, a.population, a.employing_ministry_id from agent a`);
  });
  // As autovacuum leaves them soon after such a load: visible to index-only scans (the versions' lookups), and analysed.
  for (const table of ['service_version', 'agent_version']) await em.getConnection().execute(`vacuum analyze ${table}`);
  console.log(`Versions ajoutées aux données nationales en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
