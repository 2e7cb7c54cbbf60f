import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page, Request } from 'playwright-core';

export { CHROMIUM, chromiumAvailable, launchChromium } from '../../server/src/bench/chromium.js';
export const SCREENSHOTS = path.resolve('test-output/screenshots');

/**
 * A page with everything it did recorded: console errors, page errors (Content-Security-Policy
 * violations of the page included), and every /graphql response body.
 */
export interface RecordedPage {
  page: Page;
  /** Console messages of type error, uncaught exceptions and CSP violations. */
  errors: string[];
  /** CSP violations reported to the current document (`securitypolicyviolation` events). */
  cspViolations(): Promise<string[]>;
  /** Bodies of every /graphql response the page received (await `settle()` first). */
  graphqlBodies: string[];
  /** Waits until every response body seen so far has been read. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<RecordedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', ...options });
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} ${e.blockedURI}`);
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const graphqlBodies: string[] = [];
  const reads: Promise<void>[] = [];
  let pending = 0;
  const isGraphql = (url: string) => new URL(url).pathname.endsWith('/graphql');
  page.on('request', (r) => {
    if (isGraphql(r.url())) pending += 1;
  });
  const finished = (r: Request) => {
    if (isGraphql(r.url())) pending -= 1;
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (isGraphql(r.url())) reads.push(r.text().then((body) => void graphqlBodies.push(body), () => undefined));
  });
  await page.goto(url);
  return {
    page,
    errors,
    graphqlBodies,
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    async settle() {
      // Quiet for 300 ms: no GraphQL request in flight (debounced searches included).
      for (let quiet = 0; quiet < 3;) {
        await page.waitForTimeout(100);
        quiet = pending === 0 ? quiet + 1 : 0;
      }
      await Promise.all(reads);
    },
    close: () => context.close(),
  };
}

/** Saves a screenshot of the page as test-output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/**
 * Facilities drawn on the map: single markers plus the child counts of the clusters (a cluster
 * icon stands for several facilities, so its icons are not counted, its children are).
 */
export async function drawnFacilityCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const singles = document.querySelectorAll('[data-testid^="facility-marker-"]').length;
    const clustered = [...document.querySelectorAll<HTMLElement>('[data-testid="facility-cluster"]')]
      .reduce((sum, el) => sum + Number(el.dataset.count), 0);
    return singles + clustered;
  });
}
