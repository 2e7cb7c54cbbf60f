import type { Db } from '../../db/request-db.js';
import { BadUserInputError } from '../common/errors.js';
import { todayInVietnam } from '../common/scalars.js';
import type { Loaders } from '../loaders.js';
import { findIndicators, findPlans, findTargetsOfPlans, type PlanRecord } from '../plan/plan.repository.js';
import { findReports } from './indicator-report.repository.js';
import type { Geography } from './planning.enums.js';
import { evaluateTarget, registryDates, type ProgressData, type ProgressItem } from './progress.evaluate.js';
import { findNeedFigures, needUpTo } from './progress.repository.js';
import type { TargetProgressRecord } from './progress.types.js';
import { findProvinces, ProvinceDirectory } from './province-directory.js';
import { cachedRegistryCells } from './registry-cache.js';
import type { CellFilter } from './registry-cells.js';
import { RegistryFigures, type Tally } from './registry-figures.js';
import { ReportBook } from './reported-values.js';
import { yearEnd } from './status.js';

export interface TargetProgressArgs {
  provinceCode?: string | null;
  geography: Geography;
  year?: number | null;
  asOf?: string | null;
}

export interface NetworkProgressRecord {
  year: number;
  asOf: string;
  facilities: number;
  places: number;
  residents: number;
  targets: TargetProgressRecord[];
}

/**
 * Progress against plans' targets. A bounded number of statements per request, whatever the number
 * of targets and facilities: provinces, plans, targets, indicators, then at most one registry
 * aggregate (every date needed, grouped into cells; reused while the registry is unchanged, see
 * registry-cache.ts), one read of need figures and one of reports; every target is then evaluated
 * in memory.
 */
export class ProgressService {
  private readonly today = todayInVietnam();

  constructor(private readonly db: Db, private readonly loaders: Loaders) {}

  private async directory(): Promise<ProvinceDirectory> {
    const provinces = await findProvinces(this.db);
    for (const p of provinces) this.loaders.unitById.prime(p.id, p);
    return new ProvinceDirectory(provinces, this.today);
  }

  /**
   * Every target of every plan, or of the plans of the province with `provinceCode` read in the
   * geography and of the units it replaced (national plans only without a code); `year` keeps the
   * targets of that year. An unknown code gives an empty list.
   */
  async targetProgress(args: TargetProgressArgs): Promise<TargetProgressRecord[]> {
    const directory = await this.directory();
    let plans: PlanRecord[];
    if (args.provinceCode != null) {
      const unit = directory.byCode(args.provinceCode, args.geography);
      if (!unit) return [];
      plans = await findPlans(this.db, directory.lineage(unit.id));
    } else {
      plans = await findPlans(this.db);
    }
    const { records } = await this.evaluate(directory, plans, args.geography, args.asOf ?? this.today, args.year ?? null);
    return records;
  }

  /** The national picture in `year`: registry totals on `asOf` and the targets of the national plans in force that year. */
  async networkProgress(year: number, geography: Geography, asOf?: string | null): Promise<NetworkProgressRecord> {
    if (year < 1990 || year > 2100) throw new BadUserInputError([{ path: 'year', message: 'must be from 1990 to 2100' }]);
    const on = asOf ?? (yearEnd(year) < this.today ? yearEnd(year) : this.today);
    const directory = await this.directory();
    const plans = (await findPlans(this.db)).filter((p) => p.scope === 'NATIONAL' && p.periodStart <= year && year <= p.periodEnd);
    const { records, totals } = await this.evaluate(directory, plans, geography, on, null, true);
    return { year, asOf: on, facilities: totals!.operating, places: totals!.places, residents: totals!.residents, targets: records };
  }

  private async evaluate(directory: ProvinceDirectory, plans: PlanRecord[], geography: Geography, asOf: string, year: number | null, withTotals = false) {
    const [targets, indicators] = await Promise.all([
      plans.length ? findTargetsOfPlans(this.db, plans.map((p) => p.id)) : Promise.resolve([]),
      findIndicators(this.db),
    ]);
    for (const i of indicators) this.loaders.indicatorById.prime(i.id, i);
    const planById = new Map(plans.map((p) => [p.id, p]));
    const indicatorById = new Map(indicators.map((i) => [i.id, i]));
    const items: ProgressItem[] = targets.filter((t) => year == null || t.year === year).map((target) => {
      const plan = planById.get(target.planId)!;
      return { target, plan, indicator: indicatorById.get(target.indicatorId)!, area: directory.areaOf(plan, target), unitId: directory.unitShown(plan, geography) };
    });

    const dates = new Set<string>(withTotals ? [asOf] : []);
    for (const item of items) for (const d of registryDates(item, asOf)) dates.add(d);
    const provincial = items.flatMap((i) => (i.area.kind === 'LEGACY' || i.area.kind === 'CURRENT' ? [i] : []));
    const reportUnits = new Set<number>();
    for (const i of provincial) {
      reportUnits.add(i.plan.issuerId!);
      const successor = directory.get(i.plan.issuerId!).successorId;
      if (successor != null) reportUnits.add(successor);
    }
    const needUnits = provincial.filter((i) => i.indicator.code === 'FACILITY_CLIENTS_SERVED_SHARE').map((i) => i.plan.issuerId!);
    const [figures, needs, reports] = await Promise.all([
      dates.size ? this.figures(directory, [...dates].sort(), items, withTotals) : Promise.resolve(null),
      needUnits.length ? findNeedFigures(this.db, [...new Set(needUnits)]) : Promise.resolve(new Map()),
      reportUnits.size ? findReports(this.db, [...reportUnits], [...new Set(provincial.map((i) => i.indicator.id))], asOf) : Promise.resolve([]),
    ]);
    const data: ProgressData = {
      asOf, geography, directory, figures,
      needOf: (unitId, y) => needUpTo(needs.get(unitId), y),
      reports: new ReportBook(reports),
    };
    const totals: Tally | null = withTotals ? figures!.tally(asOf, { area: { kind: 'NATION' } }) : null;
    return { records: items.map((item) => evaluateTarget(item, data)), totals };
  }

  /** One registry aggregate for every date needed, limited to the provinces of the targets unless one is national. */
  private async figures(directory: ProvinceDirectory, dates: string[], items: ProgressItem[], national: boolean): Promise<RegistryFigures> {
    let filter: CellFilter | null = { legacyIds: [], currentIds: [] };
    for (const { area } of items) {
      if (area.kind === 'LEGACY') filter?.legacyIds.push(area.unitId);
      else if (area.kind === 'CURRENT') filter?.currentIds.push(area.unitId);
      else filter = null;
    }
    if (national) filter = null;
    const firstPlanYear = Math.min(...items.map((i) => i.plan.periodStart));
    const cells = await cachedRegistryCells(this.db, dates, filter, Number.isFinite(firstPlanYear) ? firstPlanYear : 2000);
    return new RegistryFigures(dates, cells, (id) => directory.regionOf(id));
  }
}
