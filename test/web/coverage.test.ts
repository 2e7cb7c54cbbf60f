import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { runImport, unitsImporter } from '../../server/src/modules/import/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { insertFacility, provinceId } from '../support/fixtures.js';
import { fixture } from '../support/imports.js';
import { chromiumAvailable, CHROMIUM, launchChromium, openPage, screenshot, type RecordedPage } from './browser.js';

/**
 * The planner's coverage view in a real Chromium, against the real server with the seeded data,
 * one imported province polygon (Điện Biên), the fixture communes, and a private shelter that
 * must not reach the page. Values, classes and statuses are checked against the API's answers.
 */
const PRIVATE = { code: 'PRIV-COVERAGE-E2E', name: 'Nhà tạm lánh Bản Đồ Phủ' };
const CLASS_COLORS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
const GAPS = `query($geography: Geography!) { gapAnalysis(geography: $geography) {
  rows { unit { code } coveragePercent unmetNeed accessiblePercent socialWorkPercent facilities } } }`;

/** The class of a percentage: 0-20, 20-40, 40-60, 60-80, 80-100 (and above); null for no data. */
const percentClass = (v: number | null) => (v == null ? null : Math.min(4, Math.floor(v / 20)));

function coverageSuite(): void {
  let t: TestApp;
  let browser: Browser;
  const opened: RecordedPage[] = [];

  beforeAll(async () => {
    if (!existsSync('web/dist/index.html')) throw new Error('web/dist is not built: run `npm run build` (npm test does it first)');
    t = await startTestApp();
    await insertFacility(t.pool, { code: PRIVATE.code, name: PRIVATE.name, kind: 'SHELTER', lat: 21.39, lng: 103.02 });
    await t.pool.query(`INSERT INTO boundary (admin_unit_id, geometry, attribution, source_file)
      SELECT id, $1::jsonb, 'Boundaries: test box', 'e2e.geojson' FROM admin_unit WHERE level = 'PROVINCE' AND code = '11' AND valid_to IS NULL`,
    [JSON.stringify({ type: 'Polygon', coordinates: [[[102.1, 21.0], [103.5, 21.0], [103.5, 22.5], [102.1, 22.5], [102.1, 21.0]]] })]);
    // Assessed accessibility in three provinces: 50 % in Hà Nội, 100 % in TP Hồ Chí Minh, 0 % in Đà Nẵng.
    const items = JSON.stringify([{ item: 'ENTRANCE_RAMP', status: 'MET' }]);
    for (const [code, accessible, lat, lng] of [['01', true, 21.0, 105.8], ['01', false, 21.01, 105.82], ['79', true, 10.8, 106.7], ['48', false, 16.05, 108.2]] as const) {
      await insertFacility(t.pool, { kind: 'ELDERLY_CARE', lat, lng, accessibility: items, accessible, accessibility_assessed_on: '2025-06-01',
        province_id: await provinceId(t.pool, code, false), legacy_province_id: await provinceId(t.pool, code, true) });
    }
    const report = await runImport(t.pool, unitsImporter({ citation: 'Test fixture communes.csv', confidence: 'SYNTHETIC' }), fixture('communes.csv'), { file: 'communes.csv' });
    expect(report.status).toBe('applied');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await Promise.all(opened.map((r) => r.close().catch(() => undefined)));
    await browser?.close();
    await t?.stop();
  });

  async function open(path: string): Promise<RecordedPage> {
    const rec = await openPage(browser, `${t.url}${path}`);
    opened.push(rec);
    await rec.page.waitForSelector('[data-testid="coverage-status"][data-state="loaded"]');
    return rec;
  }

  async function checkAndClose(rec: RecordedPage): Promise<void> {
    await rec.settle();
    expect(rec.errors).toEqual([]);
    const html = await rec.page.content();
    for (const text of [html, ...rec.graphqlBodies]) {
      expect(text).not.toContain(PRIVATE.code);
      expect(text).not.toContain(PRIVATE.name);
    }
    await rec.close();
  }

  const shapes = (page: Page) => page.locator('[data-testid^="coverage-shape-"]');

  it('colours every province by its class, and the legend matches the values from the API', async () => {
    const rec = await open('/?view=coverage&ind=accessible');
    const { page } = rec;
    const api = (await t.gql(GAPS, { geography: 'CURRENT_34' })).data.gapAnalysis.rows as { unit: { code: string }; accessiblePercent: number | null; coveragePercent: number | null }[];
    expect(api).toHaveLength(34);
    for (const [indicator, field] of [['accessible', 'accessiblePercent'], ['coverage', 'coveragePercent']] as const) {
      if (indicator === 'coverage') {
        await page.getByTestId('coverage-indicator').selectOption('coverage');
        await page.waitForSelector('[data-testid="coverage-status"][data-state="loaded"]');
      }
      expect(await shapes(page).count()).toBe(34);
      const drawn = await shapes(page).evaluateAll((els) => els.map((e) => ({
        code: e.getAttribute('data-testid')!.replace('coverage-shape-', ''), cls: e.getAttribute('data-class'), fill: e.getAttribute('fill'), value: e.getAttribute('data-value'),
      })));
      const counts = [0, 0, 0, 0, 0];
      let noData = 0;
      for (const row of api) {
        const shape = drawn.find((d) => d.code === row.unit.code)!;
        const cls = percentClass(row[field]);
        if (cls === null) {
          noData += 1;
          expect(shape).toEqual({ code: row.unit.code, cls: 'none', fill: 'url(#coverage-hatch)', value: '' });
        } else {
          counts[cls] += 1;
          expect(shape).toEqual({ code: row.unit.code, cls: String(cls), fill: CLASS_COLORS[cls], value: String(row[field]) });
        }
      }
      const legend = await page.getByTestId('coverage-class').evaluateAll((els) => els.map((e) => [e.getAttribute('data-color'), Number(e.getAttribute('data-count'))]));
      expect(legend).toEqual(CLASS_COLORS.map((c, i) => [c, counts[i]]));
      expect(Number(await page.getByTestId('coverage-class-nodata').getAttribute('data-count'))).toBe(noData);
      expect(await page.getByTestId('coverage-row').count()).toBe(34);
      if (indicator === 'accessible') {
        expect(noData).toBeLessThan(34);
        await screenshot(page, '10-coverage-accessible-34');
      }
    }
    // The table sorts by gap (unmet need, largest first), unknown gaps last.
    const gaps = await page.getByTestId('coverage-row').evaluateAll((rows) => rows.map((r) => r.querySelector('[data-gap]')!.getAttribute('data-gap')));
    const known = gaps.filter((g) => g !== '').map(Number);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(gaps.slice(known.length).every((g) => g === '')).toBe(true);
    await page.getByTestId('sort-name').click();
    expect(await page.getByTestId('coverage-row').first().getAttribute('data-code')).not.toBeNull();
    await checkAndClose(rec);
  });

  it('the 34/63 switch changes the number of shapes; without legacy polygons the 63 are circles', async () => {
    const rec = await open('/?view=coverage');
    const { page } = rec;
    expect(await shapes(page).count()).toBe(34);
    expect(await page.locator('[data-shape="polygon"]').count()).toBe(1);
    expect(await page.getByTestId('coverage-shape-11').getAttribute('data-shape')).toBe('polygon');
    await page.getByTestId('geography-63').check();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid^="coverage-shape-"]').length === 63);
    await page.waitForSelector('[data-testid="coverage-status"][data-state="loaded"]');
    expect(await page.locator('[data-shape="circle"]').count()).toBe(63);
    expect(await page.getByTestId('coverage-row').count()).toBe(63);
    expect(new URL(page.url()).searchParams.get('geo')).toBe('63');
    await screenshot(page, '11-coverage-legacy-63-circles');
    await page.getByTestId('geography-34').check();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid^="coverage-shape-"]').length === 34);
    await checkAndClose(rec);
  });

  it('a click on a province shows its targets with their statuses, as targetProgress gives them', async () => {
    const rec = await open('/?view=coverage&ind=progress');
    const { page } = rec;
    await page.getByTestId('coverage-shape-11').click();
    await page.waitForSelector('[data-testid="province-detail"][data-code="11"][data-state="loaded"]');
    const api = (await t.gql('{ targetProgress(provinceCode: "11") { unit { code } status target { indicator { code } year } } }')).data.targetProgress
      .filter((r: { unit: { code: string } | null }) => r.unit?.code === '11');
    expect(api.length).toBeGreaterThan(0);
    const statuses = await page.getByTestId('province-target').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses).toEqual(api.map((r: { status: string }) => r.status));
    expect(await page.getByTestId('target-bar').count()).toBe(api.length);
    expect(await page.getByTestId('province-name').innerText()).toBe('Điện Biên');
    expect(new URL(page.url()).searchParams.get('prov')).toBe('11');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('province-detail');
    await page.setViewportSize({ width: 1280, height: 1500 }); // the targets and their chart, unscrolled
    await screenshot(page, '12-province-targets');
    await page.getByTestId('province-close').click();
    expect(await page.getByTestId('province-detail').isHidden()).toBe(true);
    await checkAndClose(rec);
  });

  it('draws reach rings around the facilities of the chosen kind, and marks the communes beyond reach', async () => {
    const rec = await open('/?view=coverage&map=8/21.2/104.4');
    const { page } = rec;
    const sos = (await t.gql('{ facilityPoints(filter: { kinds: [SOS_CHILDRENS_VILLAGE] }) { count } }')).data.facilityPoints.count;
    expect(sos).toBeGreaterThan(1);
    await page.getByTestId('reach-kind').selectOption('SOS_CHILDRENS_VILLAGE');
    await page.getByTestId('reach-km').fill('10');
    await page.getByTestId('reach-km').press('Enter');
    await page.waitForSelector('[data-testid="reach-status"][data-state="loaded"]');
    await page.waitForFunction((n) => document.querySelectorAll('path.reach-ring').length === n, sos);
    expect(await page.getByTestId('reach-rings').getAttribute('data-count')).toBe(String(sos));
    expect(await page.getByTestId('reach-rings').getAttribute('data-km')).toBe('10');
    const beyond = (await t.gql('{ communesBeyondReach(withinKm: 10, kinds: [SOS_CHILDRENS_VILLAGE]) { communes { unit { code } } } }')).data.communesBeyondReach.communes
      .map((c: { unit: { code: string } }) => c.unit.code);
    expect(beyond.length).toBeGreaterThan(0);
    const dots = await page.locator('[data-testid^="beyond-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace('beyond-', '')));
    expect(dots.sort()).toEqual([...beyond].sort());
    expect(await page.getByTestId('reach-beyond').getAttribute('data-count')).toBe(String(beyond.length));
    expect(new URL(page.url()).searchParams.get('reach')).toBe('SOS_CHILDRENS_VILLAGE');
    await screenshot(page, '13-reach-rings');
    await page.getByTestId('reach-kind').selectOption('');
    await page.waitForFunction(() => document.querySelectorAll('path.reach-ring').length === 0);
    await checkAndClose(rec);
  });

  it('works on a 360 px phone: the choropleth above, the table in the sheet, nothing wider than the screen', async () => {
    const rec = await openPage(browser, `${t.url}/?view=coverage&ind=accessible`, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    opened.push(rec);
    await rec.page.waitForSelector('[data-testid="coverage-status"][data-state="loaded"]');
    expect(await shapes(rec.page).count()).toBe(34);
    expect(await rec.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await rec.page.getByTestId('sheet-toggle').click();
    await screenshot(rec.page, '14-phone-coverage');
    await checkAndClose(rec);
  });
}

function missingBrowserSuite(): void {
  const message = `browser tests NOT run: ${CHROMIUM} missing (apt-get install chromium)`;
  it(process.env.CI ? `needs ${CHROMIUM} in CI` : message, () => {
    if (process.env.CI) throw new Error(`${message}; CI must install it (.ci/run)`);
  });
}

/** The view reads `gapAnalysis` and `targetProgress` (issues 5 and 6): until the schema has them, it cannot be tested. */
const PLANNING_QUERIES = ['gapAnalysis(', 'targetProgress('];
const missingQueries = PLANNING_QUERIES.filter((q) => !readFileSync('schema/schema.graphql', 'utf8').includes(q));

function missingQueriesSuite(): void {
  const message = `coverage browser tests NOT run: the schema lacks ${missingQueries.join(', ')} (issues 5 and 6 not merged yet)`;
  process.stderr.write(`\n*** ${message} ***\n\n`);
  it(message, () => undefined);
}

describe('the coverage view in a real browser',
  !chromiumAvailable() ? missingBrowserSuite : missingQueries.length ? missingQueriesSuite : coverageSuite);
