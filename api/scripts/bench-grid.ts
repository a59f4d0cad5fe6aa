import { chromium } from 'playwright-core';

export interface GridBenchOptions {
  /** Where the app serves /admin/ and /graphql. */
  baseUrl: string;
  /** A bearer token and the matching `me`: stored where the back office keeps its session (no login page). */
  token: string;
  me: unknown;
  /** The list filter in the grid's URL; it must select at least `rows` agents. */
  filter: Record<string, unknown>;
  rows: number;
}

/** A brisk scroll (fast wheel, dragged scrollbar): 5 rows of 35 px per frame, ≈ 10,000 px/s at 60 Hz. */
const STEP_PX = 175;
/** A frame longer than this is a visible jank. */
const JANK_MS = 50;
/** Gives up (and says how far it got) rather than hanging the whole bench. */
const TIMEOUT_MS = 240_000;

const line = (label: string, value: string) => console.log(`${label.padEnd(62)} ${value}`);
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

/**
 * Scrolls the agents' spreadsheet view down `rows` rows in a real headless Chromium, the grid reading its 200-row
 * pages as it goes, and prints the frame times measured in the page. Asserts nothing.
 */
export async function benchGrid({ baseUrl, token, me, filter, rows }: GridBenchOptions): Promise<void> {
  // Debian's Chromium, as the browser tests launch it (npm browser downloads do not work on these machines).
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    // A desktop screen: more rows in view than the tests' default 1280×720.
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    // The back office keeps its session in the tab's sessionStorage (admin/src/auth/session.ts).
    await context.addInitScript(
      ([t, m]) => {
        sessionStorage.setItem('registre.token', t);
        sessionStorage.setItem('registre.me', m);
      },
      [token, JSON.stringify(me)],
    );
    const page = await context.newPage();
    let pageRequests = 0;
    // The grid's list query is named Grid_<list> (admin/src/grid/queries.ts).
    page.on('request', (r) => void (r.url().endsWith('/graphql') && r.postData()?.includes('Grid_agents') && pageRequests++));

    const opened = performance.now();
    await page.goto(`${baseUrl}/admin/#/agents/tableur?filter=${encodeURIComponent(JSON.stringify(filter))}`);
    await page.locator('.rdg [role=row][aria-rowindex="2"]').waitFor({ timeout: 60_000 });
    line(
      `tableur agents: premières lignes affichées (${JSON.stringify(filter)})`,
      `${(performance.now() - opened).toFixed(0).padStart(5)} ms  (navigation comprise)`,
    );
    const firstRequests = pageRequests;

    // In the page, so that the frame times are the browser's own and not the CDP round trips'. The last data row
    // wanted is aria-rowindex rows + 1 (the header row is 1).
    const result = await page.locator('.rdg').evaluate(
      (grid, { step, last, timeout }) =>
        new Promise<{ frames: number[]; waited: number; reached: number; ms: number; timedOut: boolean }>((resolve) => {
          // Frames that showed a scroll, apart from those spent at the bottom of the rows read so far, waiting for
          // the next page (idle frames, which would flatter the figures).
          const frames: number[] = [];
          let waited = 0;
          let moved = false;
          const rendered = () =>
            Math.max(1, ...[...grid.querySelectorAll('[role=row][aria-rowindex]')].map((r) => Number(r.getAttribute('aria-rowindex'))));
          const start = performance.now();
          let previous = start;
          const frame = (now: number) => {
            if (now > start && moved) frames.push(now - previous);
            else if (now > start) waited += now - previous;
            previous = now;
            const reached = rendered();
            if (reached >= last || now - start > timeout)
              return resolve({ frames, waited, reached: reached - 1, ms: now - start, timedOut: reached < last });
            const top = grid.scrollTop;
            grid.scrollBy(0, step);
            moved = grid.scrollTop !== top;
            requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        }),
      { step: STEP_PX, last: rows + 1, timeout: TIMEOUT_MS },
    );
    const frames = [...result.frames].sort((a, b) => a - b);
    line(
      `tableur agents: défilement jusqu'à la ligne ${rows.toLocaleString('en')}`,
      `${result.reached} lignes atteintes en ${(result.ms / 1000).toFixed(1)} s, dont ${(result.waited / 1000).toFixed(1)} s en bas à attendre une page ; ${pageRequests - firstRequests} pages lues (${pageRequests} en tout)${result.timedOut ? ' ; abandon : délai dépassé' : ''}`,
    );
    line(
      'tableur agents: images de défilement',
      `médiane ${pct(frames, 50).toFixed(1).padStart(5)} ms  p95 ${pct(frames, 95).toFixed(1).padStart(5)} ms  max ${(frames.at(-1) ?? NaN).toFixed(0).padStart(5)} ms  (${frames.length} images, ${frames.filter((f) => f > JANK_MS).length} > ${JANK_MS} ms)`,
    );
    await context.close();
  } finally {
    await browser.close();
  }
}
