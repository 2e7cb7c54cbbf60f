import type L from '../leaflet.js';
import { HubApi, type FacilityDetail } from '../api/index.js';
import { I18n, type Lang } from '../i18n/index.js';
import { CountStatus, FacilityPanel, FilterControl, LanguageControl, ModeControl, NearControl, SearchControl, Sidebar } from '../controls/index.js';
import { formatState, parseState, toFacilityFilter, type AppState, type Filters, type Mode } from '../state/index.js';
import { el } from '../util/dom.js';
import { createMap, relabelMap, type HubMapLayers } from './createMap.js';
import { Requests } from './Requests.js';
import { geolocate } from './geolocate.js';
import { CoverageView } from './CoverageView.js';

type Origin = { kind: 'me'; lat: number; lng: number } | { kind: 'point'; lat: number; lng: number };

/**
 * The map page: reads the state from the URL, builds the sidebar widgets and the map, and wires
 * them to the hub's API. Widgets and layers only draw and fire events; this class asks the API
 * and hands them the answers.
 */
export class HubMapApp {
  private readonly state: AppState;
  private readonly i18n: I18n;
  private readonly requests = new Requests();
  private map!: L.Map;
  private layers!: HubMapLayers;
  /** The facilities' legend (their kinds), shown while the facilities are. */
  private legend!: L.Control;
  private sidebar!: Sidebar;
  private search!: SearchControl;
  private filters!: FilterControl;
  private count!: CountStatus;
  private near!: NearControl;
  private panel!: FacilityPanel;
  private coverage!: CoverageView;
  private origin: Origin | null = null;

  constructor(private readonly root: HTMLElement, private readonly api = new HubApi(), search = window.location.search) {
    this.state = parseState(search);
    this.i18n = new I18n(this.state.lang);
    document.documentElement.lang = this.state.lang;
  }

  start(): this {
    this.buildSidebar();
    const mapEl = el('main', { id: 'map', class: 'map', tabindex: '0', 'data-testid': 'map' });
    this.root.append(mapEl);
    ({ map: this.map, layers: this.layers, legend: this.legend } = createMap(mapEl, this.i18n, this.state.view));
    relabelMap(this.map, this.layers, this.i18n);
    this.coverage = new CoverageView(this.map, this.sidebar.slot('plan'), this.i18n, this.state.coverage, () => this.writeUrl());
    this.wire();
    this.setMode(this.state.mode);
    void this.loadBase();
    void this.loadFacilities();
    if (this.state.near) void this.findNear({ kind: 'point', ...this.state.near });
    if (this.state.selected) void this.select(this.state.selected, { reveal: !this.state.view, focus: false });
    return this;
  }

  private buildSidebar(): void {
    const i18n = this.i18n;
    this.sidebar = new Sidebar(i18n).addTo(this.root);
    new LanguageControl(i18n).addTo(this.sidebar.slot('header')).on('langchange', (e) => this.setLang((e as unknown as { lang: Lang }).lang));
    new ModeControl(i18n, this.state.mode).addTo(this.sidebar.slot('mode')).on('modechange', (e) => this.setMode((e as unknown as { mode: Mode }).mode));
    this.search = new SearchControl(i18n).addTo(this.sidebar.slot('search'));
    this.near = new NearControl(i18n).addTo(this.sidebar.slot('browse'));
    this.count = new CountStatus(i18n).addTo(this.sidebar.slot('browse'));
    this.filters = new FilterControl(i18n, this.state.filters).addTo(this.sidebar.slot('browse'));
    this.panel = new FacilityPanel(i18n).addTo(this.sidebar.slot('detail'));
  }

  private wire(): void {
    const code = (e: unknown) => (e as { code: string }).code;
    this.search.on('search', (e) => {
      const { query, pickFirst } = e as unknown as { query: string; pickFirst?: boolean };
      void this.runSearch(query, pickFirst ?? false);
    });
    this.search.on('select', (e) => void this.select(code(e), { reveal: true, focus: true }));
    this.filters.on('change', (e) => this.setFilters((e as unknown as { filters: Filters }).filters));
    this.count.on('retry', () => void this.loadFacilities());
    this.near.on('nearme', () => void this.nearMe());
    this.near.on('nearcentre', () => void this.findNear({ kind: 'point', ...this.map.getCenter() }));
    this.near.on('select', (e) => void this.select(code(e), { reveal: true, focus: true }));
    this.near.on('close', () => this.clearNear());
    this.panel.on('close', () => this.closePanel());
    this.panel.on('retry', () => this.state.selected && void this.select(this.state.selected, { reveal: true, focus: true }));
    this.layers.facilities.on('labelsneeded', (e) => void this.loadLabels((e as unknown as { codes: string[] }).codes));
    this.layers.facilities.on('drawn', (e) => this.layers.provinces.setObstacles((e as unknown as { positions: L.LatLng[] }).positions));
    this.layers.facilities.on('facilityclick', (e) => void this.select(code(e), { reveal: false, focus: true }));
    this.map.on('click', (e: L.LeafletMouseEvent) => {
      // In the coverage view a click belongs to the provinces, not to "nearest".
      if (this.state.mode === 'find') void this.findNear({ kind: 'point', lat: e.latlng.lat, lng: e.latlng.lng });
    });
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      this.state.view = { lat: c.lat, lng: c.lng, zoom: this.map.getZoom() };
      this.writeUrl();
    });
    this.sidebar.on('resize', () => this.map.invalidateSize());
  }

  /** Finding facilities, or the coverage view (choropleth, table, reach) over the same map. */
  private setMode(mode: Mode): void {
    this.state.mode = mode;
    this.sidebar.showList(mode === 'coverage' ? 'plan' : 'browse');
    // The choropleth reads better without the facility clusters over it: rings show the facilities there.
    if (mode === 'coverage') {
      this.clearNear();
      this.map.removeLayer(this.layers.facilities);
      this.legend.remove();
      this.coverage.show();
    } else {
      this.coverage.hide();
      this.map.addLayer(this.layers.facilities);
      this.legend.addTo(this.map);
    }
    this.writeUrl();
  }

  private setLang(lang: Lang): void {
    this.state.lang = lang;
    this.i18n.setLang(lang);
    relabelMap(this.map, this.layers, this.i18n);
    this.writeUrl();
  }

  private setFilters(filters: Filters): void {
    this.state.filters = filters;
    this.writeUrl();
    void this.loadFacilities();
    if (this.origin) void this.findNear(this.origin);
  }

  /** The offline base: province polygons when imported, and the province centre points. */
  private async loadBase(): Promise<void> {
    const [provinces, boundaries] = await Promise.allSettled([this.api.provinces(), this.api.boundaries()]);
    // On failure the base map shows less (only the archipelagos); the facilities still work.
    if (provinces.status === 'fulfilled') this.layers.provinces.setProvinces(provinces.value);
    if (boundaries.status === 'fulfilled') this.layers.boundaries.setBoundaries(boundaries.value);
  }

  /** Every matching facility as a point, in one compact answer; details load on demand. */
  private async loadFacilities(): Promise<void> {
    const signal = this.requests.start('list');
    this.count.setLoading();
    try {
      const points = await this.api.points(toFacilityFilter(this.state.filters), signal);
      this.layers.facilities.setPoints(points);
      this.count.setCount(points.count, points.count);
      this.coverage.setPoints(points);
    } catch (error) {
      if (!Requests.aborted(error)) this.count.setError();
    }
  }

  /** Names of the markers drawn alone (their accessible names), a hundred at a time. */
  private async loadLabels(codes: string[]): Promise<void> {
    for (let i = 0; i < codes.length; i += 100) {
      try {
        this.layers.facilities.setNames(await this.api.labels(codes.slice(i, i + 100)));
      } catch {
        // The markers keep their kind as a name; nothing else depends on it.
      }
    }
  }

  private async runSearch(query: string, pickFirst: boolean): Promise<void> {
    const signal = this.requests.start('search');
    if (!query) return;
    this.search.showLoading(query);
    try {
      const { facilities, totalCount } = await this.api.searchFacilities({ search: query }, 8, signal);
      if (pickFirst && facilities[0]) {
        this.search.clearResults();
        void this.select(facilities[0].code, { reveal: true, focus: true });
      } else this.search.showResults(query, facilities, totalCount);
    } catch (error) {
      if (!Requests.aborted(error)) this.search.showError(query);
    }
  }

  private async select(code: string, opts: { reveal: boolean; focus: boolean }): Promise<void> {
    const signal = this.requests.start('facility');
    this.state.selected = code;
    this.writeUrl();
    this.layers.facilities.select(code);
    this.sidebar.showDetail(true);
    this.panel.setLoading();
    let facility: FacilityDetail | null;
    try {
      facility = await this.api.facility(code, signal);
    } catch (error) {
      if (Requests.aborted(error)) return;
      this.panel.setError();
      if (opts.focus) this.panel.focus();
      return;
    }
    if (facility) this.panel.setFacility(facility);
    else this.panel.setNotFound();
    if (opts.focus) this.panel.focus();
    if (facility && opts.reveal) this.reveal(facility);
  }

  private reveal(f: FacilityDetail): void {
    if (this.layers.facilities.reveal(f.code)) return;
    if (f.location) this.map.setView([f.location.lat, f.location.lng], Math.max(this.map.getZoom(), 12));
  }

  private closePanel(): void {
    this.requests.abort('facility');
    this.state.selected = null;
    this.layers.facilities.select(null);
    this.sidebar.showDetail(false);
    this.writeUrl();
  }

  private async nearMe(): Promise<void> {
    this.near.setLocating();
    const position = await geolocate();
    if (!position) return this.near.setGeoDenied();
    this.map.setView([position.lat, position.lng], Math.max(this.map.getZoom(), 10));
    await this.findNear({ kind: 'me', ...position });
  }

  private async findNear(origin: Origin): Promise<void> {
    const signal = this.requests.start('near');
    this.origin = origin;
    // The user's own position never goes into the URL (a shared link must not say where they are).
    this.state.near = origin.kind === 'point' ? { lat: origin.lat, lng: origin.lng } : null;
    if (this.state.selected) this.closePanel();
    this.writeUrl();
    this.layers.nearPoint.setPoint([origin.lat, origin.lng]);
    const shown = origin.kind === 'me' ? { kind: 'me' as const } : origin;
    this.near.setLoading(shown);
    try {
      const items = await this.api.nearest(origin.lat, origin.lng, toFacilityFilter(this.state.filters), 10, signal);
      this.near.setResults(shown, items);
    } catch (error) {
      if (!Requests.aborted(error)) this.near.setError(shown);
    }
  }

  private clearNear(): void {
    this.requests.abort('near');
    this.origin = null;
    this.state.near = null;
    this.layers.nearPoint.setPoint(null);
    this.near.clear();
    this.writeUrl();
  }

  private writeUrl(): void {
    const query = formatState(this.state);
    window.history.replaceState(null, '', `${window.location.pathname}${query}`);
  }
}
