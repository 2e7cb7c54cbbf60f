import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/app.js';
import { insertFacility } from '../support/fixtures.js';
import { chromiumAvailable, CHROMIUM, drawnFacilityCount, launchChromium, openPage, screenshot, type RecordedPage } from './browser.js';

/**
 * The map at `/` in a real headless Chromium, against the real server with the seeded data plus
 * three fixtures: one public facility at an EXACT position, and two private-location facilities
 * (a shelter and a flagged centre) that must never reach the page.
 */
const PRIVATE = [
  { code: 'PRIV-SHELTER-E2E', name: 'Nhà tạm lánh Hoa Sen' },
  { code: 'PRIV-FLAGGED-E2E', name: 'Mái ấm Bình An kín' },
];
const EXACT = { code: 'E2E-EXACT-1', name: 'Trung tâm Dưỡng lão Thử nghiệm Tây Hồ' };
const BOUNDARY_CREDIT = 'Boundaries: Vietnamese Provinces Database (MIT), after sapnhap.bando.com.vn';
/** A point north-west of Hà Nội; the private fixtures sit right on it. */
const CLICK = { lat: 21.2, lng: 105.6 };

/** A public facility with every field the panel shows, created through the API (synthetic: "not a fact"). */
async function createFullFacility(t: TestApp): Promise<void> {
  const created = await t.gql(`mutation($input: CreateFacilityInput!) { createFacility(input: $input) { id } }`, {
    input: {
      code: EXACT.code, name: EXACT.name, nameEn: 'Tay Ho Test Elderly Care Centre', kind: 'ELDERLY_CARE', ownership: 'NON_PUBLIC',
      provinceCode: '01', address: '12 Đường Thử, phường Tây Hồ, Hà Nội', location: { lat: 21.05, lng: 105.85, precision: 'EXACT' },
      services: ['RESIDENTIAL_CARE', 'PRIMARY_HEALTH_CARE', 'REHABILITATION'], targetGroups: ['ELDERLY', 'PERSONS_WITH_DISABILITIES'],
      providesSocialWorkServices: true, contact: { phone: '024 3999 0000', email: 'lienhe@example.org' },
      licence: { number: '15/GP-SYT', issuedBy: 'Sở Y tế Hà Nội', issuedOn: '2024-03-01' },
      accessibility: { assessedOn: '2025-06-01', items: [
        { item: 'ACCESS_ROUTE', status: 'MET' }, { item: 'ENTRANCE_RAMP', status: 'MET' }, { item: 'DOORS', status: 'PARTIAL' },
        { item: 'ACCESSIBLE_TOILET', status: 'NOT_MET' }, { item: 'LIFT', status: 'UNKNOWN' },
      ] },
      source: { citation: 'Dữ liệu giả lập cho kiểm thử bản đồ', confidence: 'SYNTHETIC' },
    },
  }, { key: ADMIN_KEY });
  expect(created.errors).toBeUndefined();
  const reported = await t.gql(`mutation($id: ID!, $input: ReportCapacityInput!) { reportCapacity(facilityId: $id, input: $input) { id } }`, {
    id: created.data.createFacility.id,
    input: { reportedOn: '2025-12-31', places: 40, residents: 32, socialWorkers: 2, trainedSocialWorkers: 1,
      staffByRole: [{ role: 'CARER', count: 8 }, { role: 'SOCIAL_WORKER', count: 2 }, { role: 'MEDICAL', count: 1 }] },
  }, { key: ADMIN_KEY });
  expect(reported.errors).toBeUndefined();
}

function browserSuite(): void {
  let t: TestApp;
  let browser: Browser;
  let all: number;
  const opened: RecordedPage[] = [];

  beforeAll(async () => {
    if (!existsSync('web/dist/index.html')) throw new Error('web/dist is not built: run `npm run build` (npm test does it first)');
    t = await startTestApp();
    await insertFacility(t.pool, { code: PRIVATE[0].code, name: PRIVATE[0].name, kind: 'SHELTER', lat: CLICK.lat, lng: CLICK.lng });
    await insertFacility(t.pool, { code: PRIVATE[1].code, name: PRIVATE[1].name, location_private: true, lat: CLICK.lat + 0.01, lng: CLICK.lng });
    await createFullFacility(t);
    // One imported province polygon (a rough box around Điện Biên), as `npm run import:boundaries` stores it.
    await t.pool.query(`INSERT INTO boundary (admin_unit_id, geometry, attribution, source_file)
      SELECT id, $1::jsonb, $2, 'e2e.geojson' FROM admin_unit WHERE level = 'PROVINCE' AND code = '11' AND valid_to IS NULL`,
    [JSON.stringify({ type: 'Polygon', coordinates: [[[102.1, 21.0], [103.5, 21.0], [103.5, 22.5], [102.1, 22.5], [102.1, 21.0]]] }), BOUNDARY_CREDIT]);
    all = (await t.gql('{ facilities { totalCount } }')).data.facilities.totalCount;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  /** Opens the map; every page is checked afterwards for console errors and private facilities. */
  async function open(path = '/', options = {}): Promise<RecordedPage> {
    const rec = await openPage(browser, `${t.url}${path}`, options);
    opened.push(rec);
    await rec.page.waitForSelector('[data-testid="facility-count"][data-state="loaded"]', { state: 'attached' });
    return rec;
  }

  /** No console error, and no private facility in the page or in any GraphQL answer it got. */
  async function checkAndClose(rec: RecordedPage): Promise<void> {
    await rec.settle();
    const html = await rec.page.content();
    expect(rec.errors).toEqual([]);
    for (const p of PRIVATE) {
      expect(html).not.toContain(p.code);
      expect(html).not.toContain(p.name);
      for (const body of rec.graphqlBodies) {
        expect(body).not.toContain(p.code);
        expect(body).not.toContain(p.name);
      }
    }
    expect(rec.graphqlBodies.length).toBeGreaterThan(0);
    await rec.close();
  }

  it('draws every public facility as a clustered marker, over the offline base of imported boundaries and province points', async () => {
    const rec = await open();
    const { page } = rec;
    expect(all).toBeGreaterThan(2);
    expect(await drawnFacilityCount(page)).toBe(all);
    expect(await page.getByTestId('facility-count').getAttribute('data-count')).toBe(String(all));
    expect(await page.locator('[data-testid="facility-cluster"]').count()).toBeGreaterThan(0);
    // No tile server here: province points and both archipelagos, no tiles, no OpenStreetMap credit.
    await page.waitForSelector('[data-testid="offline-base"] .province-point', { state: 'attached' });
    expect(await page.locator('[data-testid="offline-base"] .province-point').count()).toBe(34 + 2);
    expect(await page.locator('.province-point--islands').allInnerTexts()).toEqual([
      'Quần đảo Hoàng Sa\n(Đà Nẵng)', 'Quần đảo Trường Sa\n(Khánh Hòa)',
    ]);
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    await page.waitForSelector('[data-testid="boundary-11"]', { state: 'attached' });
    const credits = await page.getByTestId('attribution').innerText();
    expect(credits).toContain(BOUNDARY_CREDIT);
    expect(credits).toContain('Vietnamese Provinces Database (MIT)');
    expect(credits).toContain('Cơ sở: văn bản của các tỉnh');
    expect(credits).not.toContain('OpenStreetMap');
    await page.getByTestId('legend-toggle').click();
    expect(await page.getByTestId('legend').innerText()).toContain('Vị trí gần đúng');
    await screenshot(page, '01-overview-with-legend');
    await page.getByTestId('legend-toggle').click();
    await screenshot(page, '01-overview');
    await checkAndClose(rec);
  });

  it('draws EXACT and APPROXIMATE positions differently, with stable test ids and accessible names', async () => {
    const rec = await open('/?map=13/21.05/105.8');
    const exact = rec.page.getByTestId(`facility-marker-${EXACT.code}`);
    const approximate = rec.page.getByTestId('facility-marker-TGXH-01-001');
    expect(await exact.getAttribute('data-precision')).toBe('EXACT');
    expect(await exact.getAttribute('class')).toContain('facility-marker--exact');
    expect(await approximate.getAttribute('data-precision')).toBe('APPROXIMATE');
    expect(await approximate.getAttribute('class')).toContain('facility-marker--approximate');
    // Names arrive on demand (facilityPoints carries none): the marker is named by its kind until then.
    await rec.page.waitForFunction(() => document.querySelector('[data-testid="facility-marker-TGXH-01-001"]')?.getAttribute('aria-label')?.startsWith('Làng trẻ em SOS Hà Nội'));
    expect(await approximate.getAttribute('aria-label')).toBe('Làng trẻ em SOS Hà Nội, Làng trẻ em SOS, vị trí gần đúng');
    expect(await approximate.getAttribute('role')).toBe('button');
    await screenshot(rec.page, '02-exact-and-approximate');
    await exact.click();
    await rec.page.waitForSelector('[data-testid="facility-panel"][data-state="facility"]');
    const panel = rec.page.getByTestId('facility-panel');
    expect(await panel.getByTestId('panel-not-fact').innerText()).toContain('không phải sự thật');
    expect(await panel.getByTestId('panel-phone').getAttribute('href')).toBe('tel:02439990000');
    expect(await panel.getByTestId('capacity-bar').getAttribute('aria-valuenow')).toBe('32');
    expect(await panel.getByTestId('panel-accessibility').innerText()).toContain('Phòng vệ sinh cho người khuyết tật');
    expect(await panel.getByTestId('panel-licence').innerText()).toContain('15/GP-SYT');
    expect(await panel.getByTestId('panel-staff').innerText()).toContain('Nhân viên chăm sóc');
    await rec.page.setViewportSize({ width: 1280, height: 2000 }); // the whole panel, unscrolled
    await screenshot(rec.page, '02b-full-facility-panel');
    await checkAndClose(rec);
  });

  it('search "sos dien bien" selects Làng trẻ em SOS Điện Biên Phủ, whose panel shows 185 residents', async () => {
    const rec = await open();
    const { page } = rec;
    await page.getByTestId('search-input').pressSequentially('sos dien bien', { delay: 30 });
    const first = page.getByTestId('search-result').first();
    await first.waitFor();
    expect(await first.getAttribute('data-code')).toBe('TGXH-11-002');
    expect(await first.innerText()).toContain('Làng trẻ em SOS Điện Biên Phủ');
    await screenshot(page, '03-search-while-typing');
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('facility-panel');
    await page.waitForSelector('[data-testid="facility-panel"][data-state="facility"]');
    expect(await panel.getByTestId('panel-name').innerText()).toBe('Làng trẻ em SOS Điện Biên Phủ');
    expect(await panel.getByTestId('panel-residents').innerText()).toBe('185 người');
    expect(await panel.getByTestId('panel-approximate').isVisible()).toBe(true);
    expect(await panel.getByTestId('panel-confidence').getAttribute('data-confidence')).toBe('VERIFIED_DOCUMENT');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('panel-name');
    await page.waitForFunction(() => document.querySelector('[data-testid="facility-marker-TGXH-11-002"].facility-marker--selected'));
    expect(new URL(page.url()).searchParams.get('facility')).toBe('TGXH-11-002');
    await screenshot(page, '04-facility-panel');
    await checkAndClose(rec);
  });

  it('filters change the facilities drawn, and the URL keeps them for sharing', async () => {
    const rec = await open();
    const { page } = rec;
    const sos = (await t.gql('{ facilities(filter: { kinds: [SOS_CHILDRENS_VILLAGE] }) { totalCount } }')).data.facilities.totalCount;
    expect(sos).toBeGreaterThan(0);
    expect(sos).toBeLessThan(all);
    await page.getByTestId('filters-toggle').click();
    await page.getByTestId('filter-kind-SOS_CHILDRENS_VILLAGE').check();
    await page.waitForSelector(`[data-testid="facility-count"][data-count="${sos}"]`);
    expect(await drawnFacilityCount(page)).toBe(sos);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('SOS_CHILDRENS_VILLAGE');
    await screenshot(page, '05-filtered-sos-villages');
    await page.getByTestId('filter-group').selectOption('DRUG_DEPENDENCE');
    await page.waitForSelector('[data-testid="facility-count"][data-count="0"]');
    expect(await page.getByTestId('facility-count').innerText()).toContain('Không có cơ sở nào phù hợp');
    expect(await drawnFacilityCount(page)).toBe(0);
    await checkAndClose(rec);

    const shared = await open('/?kind=SOS_CHILDRENS_VILLAGE');
    expect(await shared.page.getByTestId('facility-count').getAttribute('data-count')).toBe(String(sos));
    expect(await drawnFacilityCount(shared.page)).toBe(sos);
    expect(await shared.page.getByTestId('filter-kind-SOS_CHILDRENS_VILLAGE').isChecked()).toBe(true);
    await checkAndClose(shared);
  });

  it('a click on the map lists the nearest centres in distance order, without private ones', async () => {
    const rec = await open(`/?map=8/${CLICK.lat}/${CLICK.lng}`);
    const { page } = rec;
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('[data-testid="near-item"]');
    const items = page.getByTestId('near-item');
    const distances = (await items.evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.distance))));
    expect(distances.length).toBeGreaterThan(3);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const codes = await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.code));
    const near = new URL(page.url()).searchParams.get('near')!.split(',').map(Number);
    const api = await t.gql('query($lat: Float!, $lng: Float!) { facilitiesNear(lat: $lat, lng: $lng) { facility { code } } }', { lat: near[0], lng: near[1] });
    expect(codes).toEqual(api.data.facilitiesNear.map((d: { facility: { code: string } }) => d.facility.code));
    expect(codes[0]).toBe('TGXH-01-001');
    expect(near[0]).toBeCloseTo(CLICK.lat, 1);
    expect(near[1]).toBeCloseTo(CLICK.lng, 1);
    await screenshot(page, '06-nearest-from-a-click');
    await items.first().getByRole('button').click();
    await page.waitForSelector('[data-testid="facility-panel"][data-state="facility"]');
    expect(await page.getByTestId('panel-name').innerText()).toBe('Làng trẻ em SOS Hà Nội');
    await checkAndClose(rec);
  });

  it('"near me" uses the position the browser gives, and keeps it out of the URL', async () => {
    const rec = await open('/', { geolocation: { latitude: 10.04, longitude: 105.75 }, permissions: ['geolocation'] });
    const { page } = rec;
    await page.getByTestId('near-me').click();
    await page.waitForSelector('[data-testid="near-item"]');
    expect(await page.getByTestId('near-results').innerText()).toContain('Gần vị trí của bạn');
    const distances = await page.getByTestId('near-item').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.distance)));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(new URL(page.url()).searchParams.has('near')).toBe(false);
    await checkAndClose(rec);
  });

  it('the language switch changes the interface, and the URL remembers it', async () => {
    const rec = await open();
    const { page } = rec;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.locator('label[for^="search"]').innerText()).toBe('Tìm cơ sở theo tên');
    await page.getByTestId('lang-en').click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('label[for^="search"]').innerText()).toBe('Find a facility by name');
    expect(await page.getByTestId('facility-count').innerText()).toBe(`${all} matching facilities`);
    expect(await page.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('attribution').innerText()).toContain('Provinces: Resolution 202/2025/QH15');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.goto(`${t.url}/?lang=en&facility=TGXH-82-001`);
    await page.waitForSelector('[data-testid="facility-panel"][data-state="facility"]');
    expect(await page.getByTestId('panel-to-confirm').innerText()).toBe('To confirm: this is an estimate, not an established fact.');
    await screenshot(page, '07-english-estimate-to-confirm');
    await page.getByTestId('lang-vi').click();
    expect(await page.getByTestId('panel-to-confirm').innerText()).toBe('Cần xác minh: đây là ước tính, chưa phải thông tin chính thức.');
    await checkAndClose(rec);
  });

  it('private-location facilities are absent from search, links and every answer the page gets', async () => {
    const rec = await open(`/?facility=${PRIVATE[0].code}`);
    const { page } = rec;
    await page.waitForSelector('[data-testid="facility-panel"][data-state="notFound"]');
    await page.getByTestId('panel-close').click();
    await page.getByTestId('search-input').pressSequentially('Hoa Sen', { delay: 20 });
    await page.waitForSelector('[data-testid="search-status"][data-state="results"]');
    expect(await page.getByTestId('search-result').count()).toBe(0);
    expect(await drawnFacilityCount(page)).toBe(all);
    await checkAndClose(rec);
  });

  it('works on a 360 px phone: the map above, a bottom sheet below, nothing wider than the screen', async () => {
    const rec = await open('/?facility=TGXH-11-002', { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const { page } = rec;
    await page.waitForSelector('[data-testid="facility-panel"][data-state="facility"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const map = (await page.getByTestId('map').boundingBox())!;
    const sheet = (await page.getByTestId('sidebar').boundingBox())!;
    expect(map.height).toBeGreaterThan(200);
    expect(sheet.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    await screenshot(page, '08-phone-facility');
    await page.getByTestId('panel-close').click();
    await screenshot(page, '09-phone-browse');
    await checkAndClose(rec);
  });

  it('is usable with the keyboard alone, with a visible focus', async () => {
    const rec = await open();
    const { page } = rec;
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.type('sos ha noi');
    await page.getByTestId('search-result').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="facility-panel"][data-state="facility"]');
    expect(await page.getByTestId('panel-name').innerText()).toBe('Làng trẻ em SOS Hà Nội');
    await checkAndClose(rec);
  });

  it('uses OpenStreetMap tiles, credited, only when they load', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+M8AAAMBAQAY3Y2wAAAAAElFTkSuQmCC', 'base64');
    const rec = await openPage(browser, 'about:blank');
    await rec.page.context().route('https://tile.openstreetmap.org/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: png }));
    await rec.page.goto(t.url);
    await rec.page.waitForSelector('.leaflet-tile');
    await rec.page.waitForFunction(() => document.querySelector('[data-testid="attribution"]')?.textContent?.includes('OpenStreetMap'));
    expect(await rec.page.locator('[data-testid="offline-base"] .province-point').count()).toBe(0);
    await checkAndClose(rec);
  });

  it('runs under its Content-Security-Policy with no violation, which the page would report', async () => {
    const rec = await openPage(browser, 'about:blank');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+M8AAAMBAQAY3Y2wAAAAAElFTkSuQmCC', 'base64');
    await rec.page.context().route('https://tile.openstreetmap.org/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: png }));
    const response = await rec.page.goto(`${t.url}/?view=coverage`);
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await rec.page.waitForSelector('[data-testid="coverage-status"][data-state="loaded"]');
    await rec.page.waitForSelector('.leaflet-tile');
    await rec.settle();
    await rec.page.goto(t.url);
    await rec.page.waitForSelector('[data-testid="facility-count"][data-state="loaded"]', { state: 'attached' });
    await rec.page.waitForSelector('.leaflet-tile');
    await rec.settle();
    expect(await rec.cspViolations()).toEqual([]);
    expect(rec.errors).toEqual([]);
    // The listener works: an image from a host the policy does not name is refused and reported.
    await rec.page.evaluate(() => {
      const img = new Image();
      img.src = 'https://example.org/pixel.png';
      document.body.append(img);
    });
    await rec.page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0);
    expect(await rec.cspViolations()).toEqual(['img-src https://example.org/pixel.png']);
    await rec.close();
  });

  afterAll(async () => {
    await Promise.all(opened.map((r) => r.close().catch(() => undefined)));
  });
}

/** Without Chromium the browser tests cannot run: CI fails, a developer's run says so plainly. */
function missingBrowserSuite(): void {
  const message = `browser tests NOT run: ${CHROMIUM} missing (apt-get install chromium)`;
  process.stderr.write(`\n*** ${message} ***\n\n`);
  it(process.env.CI ? `needs ${CHROMIUM} in CI` : message, () => {
    if (process.env.CI) throw new Error(`${message}; CI must install it (.ci/run)`);
  });
}

describe('the map in a real browser', chromiumAvailable() ? browserSuite : missingBrowserSuite);
