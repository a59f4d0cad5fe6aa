import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../ops/logger';
import { serializeError } from '../log';
import { rollVersionsForward } from './versioned';

const HOUR = 3_600_000;

/**
 * Keeps the main tables on the versions in force today (see `rollVersionsForward`): once at start, then just after
 * every whole hour. Midnight in Paris, when `today()` changes, is a whole hour in UTC (23:00 in winter, 22:00 in
 * summer); the other hours catch a run that failed or a clock that jumped.
 * Returns the function that stops it.
 */
export async function startRollover(orm: MikroORM, log: Logger): Promise<() => void> {
  const run = async () => {
    try {
      const rolled = await rollVersionsForward(orm.em.fork());
      if (rolled) log.info({ rolled }, 'versions in force today applied');
    } catch (error) {
      log.error({ error: serializeError(error) }, 'versions rollover failed');
    }
  };
  await run();
  let timer: NodeJS.Timeout;
  const schedule = () => {
    const now = Date.now();
    const untilNextHour = HOUR - (now % HOUR) + 1000;
    timer = setTimeout(() => {
      void run().finally(schedule);
    }, untilNextHour).unref();
  };
  schedule();
  return () => clearTimeout(timer);
}
