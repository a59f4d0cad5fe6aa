import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Principal } from '../../api/src/access/roles';
import type { Config } from '../../api/src/config';
import { initTestApp, NATIONAL, type TestApp } from './app';

/** Debian's Chromium, headless (npm browser downloads do not work on these machines). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
}

/** The back office's own `me` document (what its login stores in the session), so that the two never drift apart. */
const ME_DOCUMENT = readFileSync(path.resolve(__dirname, '../../admin/src/auth/me.graphql'), 'utf8');

/** A browser context already logged in to the back office as `principal` (the login page has its own test). */
export async function signedIn(
  browser: Browser,
  app: TestApp,
  principal: Principal = NATIONAL,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const token = (await app.authorization(principal)).replace(/^Bearer /, '');
  const { data } = await app.gql<{ me: unknown }>(ME_DOCUMENT, {}, {}, principal);
  const context = await browser.newContext(options);
  await context.addInitScript(
    ([t, me]) => {
      sessionStorage.setItem('registre.token', t);
      sessionStorage.setItem('registre.me', me);
    },
    [token, JSON.stringify(data!.me)],
  );
  return context;
}

/** The application serving the built back office, and a headless browser: what every browser test file starts. */
export async function startBackOffice(config: Partial<Config> = {}): Promise<{ app: TestApp; browser: Browser }> {
  const app = await initTestApp({ adminDir: path.resolve(__dirname, '../../admin/dist'), config });
  return { app, browser: await launchBrowser() };
}

export async function stopBackOffice(app?: TestApp, browser?: Browser): Promise<void> {
  await browser?.close();
  await app?.close();
}
