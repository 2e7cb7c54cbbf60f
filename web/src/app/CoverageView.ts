import L from '../leaflet.js';
import { PlanningApi, type FacilityPoints, type GapRow, type Geography, type TargetProgress, type UnitPoint, type Boundary } from '../api/index.js';
import type { I18n } from '../i18n/index.js';
import { CoverageControl, CoverageLegend, CoverageTable, ProvinceDetail, ReachControl } from '../controls/index.js';
import { CoverageLayer, ReachLayer } from '../layers/index.js';
import { classOf, makeClasses } from '../coverage/classes.js';
import { INDICATOR_DEFS, gapFigure, progressByProvince, progressFigure, type ProvinceFigure } from '../coverage/indicators.js';
import type { CoverageState } from '../state/index.js';
import { Requests } from './Requests.js';
import { reachRings } from './reach.js';

/**
 * The planner's view: the coverage choropleth with its legend, the table of provinces, one
 * province's targets, and reach rings. Asks the API (PlanningApi) and hands the answers to the
 * widgets and layers, which only draw. `show()` and `hide()` add and remove all of it;
 * `onChange` is told whenever the state (shared with the page URL) changed.
 */
export class CoverageView {
  private readonly requests = new Requests();
  private readonly control: CoverageControl;
  private readonly table: CoverageTable;
  private readonly detail: ProvinceDetail;
  private readonly reach: ReachControl;
  private readonly layer = new CoverageLayer();
  private readonly reachLayer: ReachLayer;
  private readonly legend: CoverageLegend;
  private readonly places = new Map<Geography, Promise<{ provinces: UnitPoint[]; boundaries: Boundary[] }>>();
  private rows = new Map<string, GapRow>();
  private figures: ProvinceFigure[] = [];
  private points: FacilityPoints | null = null;
  private shown = false;
  private drawn: Parameters<CoverageView['draw']> | null = null;

  constructor(
    private readonly map: L.Map,
    slot: HTMLElement,
    private readonly i18n: I18n,
    private readonly state: CoverageState,
    private readonly onChange: () => void,
    private readonly api = new PlanningApi(),
  ) {
    this.control = new CoverageControl(i18n, state).addTo(slot);
    this.detail = new ProvinceDetail(i18n).addTo(slot);
    this.reach = new ReachControl(i18n, state.reachKind, state.reachKm).addTo(slot);
    this.table = new CoverageTable(i18n).addTo(slot);
    this.legend = new CoverageLegend(i18n);
    this.reachLayer = new ReachLayer({
      communeLabel: (c) => (c.nearestKm == null ? i18n.t('reach.beyondNone', { name: c.unit.name }) : i18n.t('reach.beyondLabel', { name: c.unit.name, d: Math.round(c.nearestKm) })),
    });
    this.control.on('change', (e) => {
      const { indicator, geography, targetGroup } = e as unknown as Pick<CoverageState, 'indicator' | 'geography' | 'targetGroup'>;
      const regions = geography !== this.state.geography;
      Object.assign(this.state, { indicator, geography, targetGroup });
      if (regions) this.closeProvince();
      this.onChange();
      void this.load();
    });
    this.control.on('retry', () => void this.load());
    // Tooltips are written in the language of the moment: re-draw them after a switch.
    i18n.on('change', () => this.shown && this.drawn && this.draw(...this.drawn));
    this.table.on('select', (e) => void this.openProvince((e as unknown as { code: string }).code, true));
    this.layer.on('provinceclick', (e) => void this.openProvince((e as unknown as { code: string }).code, true));
    this.detail.on('close', () => this.closeProvince());
    this.reach.on('change', (e) => {
      const { kind, km } = e as unknown as { kind: CoverageState['reachKind']; km: number };
      Object.assign(this.state, { reachKind: kind, reachKm: km });
      this.onChange();
      void this.drawReach();
    });
  }

  show(): void {
    if (this.shown) return;
    this.shown = true;
    this.map.addLayer(this.layer).addLayer(this.reachLayer);
    this.legend.addTo(this.map);
    void this.load().then(() => {
      if (this.state.province) void this.openProvince(this.state.province, false);
    });
    void this.drawReach();
  }

  hide(): void {
    if (!this.shown) return;
    this.shown = false;
    this.requests.abort('coverage');
    this.requests.abort('reach');
    this.map.removeLayer(this.layer).removeLayer(this.reachLayer);
    this.legend.remove();
  }

  /** The facilities on the map (the reach rings are drawn around those of the chosen kind). */
  setPoints(points: FacilityPoints): void {
    this.points = points;
    if (this.shown) void this.drawReach();
  }

  private async load(): Promise<void> {
    const signal = this.requests.start('coverage');
    const { indicator, geography, targetGroup } = this.state;
    this.control.setStatus({ kind: 'loading' });
    try {
      const [places, gaps, progress] = await Promise.all([
        this.provinces(geography),
        this.api.gaps(geography, indicator === 'coverage' ? targetGroup : null, signal),
        indicator === 'progress' ? this.api.progress(geography, null, signal) : Promise.resolve(null),
      ]);
      if (!this.shown) return;
      this.rows = new Map(gaps.map((r) => [r.unit.code, r]));
      this.draw(places.provinces, places.boundaries, progress ? progressByProvince(progress) : null);
    } catch (error) {
      if (!Requests.aborted(error)) this.control.setStatus({ kind: 'error' });
    }
  }

  private provinces(geography: Geography): Promise<{ provinces: UnitPoint[]; boundaries: Boundary[] }> {
    let found = this.places.get(geography);
    if (!found) {
      found = this.api.provinces(geography);
      found.catch(() => this.places.delete(geography));
      this.places.set(geography, found);
    }
    return found;
  }

  private draw(provinces: UnitPoint[], boundaries: Boundary[], progress: Map<string, TargetProgress[]> | null): void {
    this.drawn = [provinces, boundaries, progress];
    const def = INDICATOR_DEFS[this.state.indicator];
    this.figures = provinces.map((p) => {
      const row = this.rows.get(p.code);
      const figure = def.id === 'progress'
        ? progressFigure(progress?.get(p.code) ?? [])
        : row ? gapFigure(def.id, row) : { value: null, gap: null };
      return { code: p.code, name: p.name, nameEn: p.nameEn, facilities: row?.facilities ?? 0, ...figure };
    });
    const classes = makeClasses(this.figures.map((f) => f.value), def.percent, def.moreIsWorse);
    const counts = classes.map(() => 0);
    const styles = new Map(this.figures.map((f) => {
      const k = classOf(f.value, classes);
      if (k !== null) counts[k] += 1;
      const value = f.value == null ? this.i18n.t('legend.noData') : `${this.i18n.number(f.value)}${def.percent ? ' %' : ''}`;
      const name = this.i18n.lang === 'en' && f.nameEn ? f.nameEn : f.name;
      return [f.code, { color: k === null ? null : classes[k].color, classIndex: k, value: f.value, weight: f.facilities, tooltip: `${name}: ${value}` }];
    }));
    this.layer.setProvinces(provinces, boundaries, styles);
    this.layer.select(this.state.province);
    const withPolygon = new Set(boundaries.map((b) => b.code));
    const noData = this.figures.filter((f) => f.value == null).length;
    this.legend.setData({ def, classes, counts, noData, circles: provinces.some((p) => !withPolygon.has(p.code)) });
    this.table.setRows(def, this.figures.map((f) => ({ ...f, color: styles.get(f.code)!.color })));
    this.table.select(this.state.province);
    this.control.setStatus({ kind: 'loaded', withData: this.figures.length - noData, without: noData });
  }

  private async openProvince(code: string, focus: boolean): Promise<void> {
    const figure = this.figures.find((f) => f.code === code);
    if (!figure) return;
    const signal = this.requests.start('province');
    this.state.province = code;
    this.onChange();
    this.layer.select(code);
    this.table.select(code);
    this.detail.show({ code, name: figure.name, nameEn: figure.nameEn, row: this.rows.get(code) ?? null });
    if (focus) this.detail.focus();
    try {
      const rows = await this.api.progress(this.state.geography, code, signal);
      this.detail.setTargets({ kind: 'loaded', rows: rows.filter((r) => r.unit?.code === code) });
    } catch (error) {
      if (!Requests.aborted(error)) this.detail.setTargets({ kind: 'error' });
    }
  }

  private closeProvince(): void {
    this.requests.abort('province');
    this.state.province = null;
    this.layer.select(null);
    this.table.select(null);
    this.detail.hide();
    this.onChange();
  }

  private async drawReach(): Promise<void> {
    const { reachKind: kind, reachKm: km } = this.state;
    const signal = this.requests.start('reach');
    const rings = kind && this.points ? reachRings(this.points, kind) : [];
    this.reachLayer.setRings(rings, km).setBeyond([]);
    if (!kind) return void this.reach.setStatus({ kind: 'off' });
    this.reach.setStatus({ kind: 'loading' });
    try {
      const beyond = await this.api.communesBeyondReach(km, [kind], signal);
      this.reachLayer.setBeyond(beyond.communes);
      this.reach.setStatus({ kind: 'loaded', rings: rings.length, beyond: beyond.communesChecked ? beyond.communes.length : null });
    } catch (error) {
      if (!Requests.aborted(error)) this.reach.setStatus({ kind: 'error', rings: rings.length });
    }
  }
}
