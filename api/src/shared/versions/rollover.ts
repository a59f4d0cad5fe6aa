import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../ops/logger';
import { serializeError } from '../log';
import { rollVersionsForward } from './versioned';

const HOUR = 3_600_000;

/**
 * Keeps the main tables on the versions in force today (see `rollVersionsForward`): once at start, then just after
 * each UTC midnight (when `today()` changes) and every hour after it, in case a run failed or the clock jumped.
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
    const untilMidnight = HOUR * 24 - (now % (HOUR * 24)) + 1000;
    timer = setTimeout(
      () => {
        void run().finally(schedule);
      },
      Math.min(untilMidnight, HOUR),
    ).unref();
  };
  schedule();
  return () => clearTimeout(timer);
}
