import type { Region } from '../plan/plan.enums.js';
import type { RegistryCell } from './registry-cells.js';

/** The territory a figure is computed over. */
export type Area =
  | { kind: 'NATION' }
  /** Facilities whose legacy (63) province lies in a Decision 966 region. */
  | { kind: 'REGION'; region: Region }
  /** Facilities whose legacy (63) province is `unitId`. */
  | { kind: 'LEGACY'; unitId: number }
  /** Facilities whose current (34) province is `unitId`. */
  | { kind: 'CURRENT'; unitId: number };

/** Which facilities of an area count: some kinds only, one ownership only. */
export interface Selection {
  area: Area;
  kinds?: readonly string[];
  ownership?: 'PUBLIC' | 'NON_PUBLIC';
}

/**
 * Registry figures of a selection on one date: facilities OPERATING on it (and among them those
 * meeting the minimum accessibility conditions or not assessed, providing social-work services or
 * not), sums of the figures their latest reports give with how many give them, and the operating
 * facilities a regional figure leaves out for want of a legacy province.
 */
export type Tally = Pick<RegistryCell, 'accessible' | 'accessUnknown' | 'socialWork' | 'noSocialWork'
  | 'places' | 'placesKnown' | 'residents' | 'residentsKnown' | 'clients' | 'clientsKnown'> & { operating: number; unplaced: number };

const EMPTY: Tally = {
  operating: 0, accessible: 0, accessUnknown: 0, socialWork: 0, noSocialWork: 0,
  places: 0, placesKnown: 0, residents: 0, residentsKnown: 0, clients: 0, clientsKnown: 0, unplaced: 0,
};

/** New non-public specialised facilities: opened from 1 January of `sinceYear` to the date, and those without an opening date. */
export interface NewFacilities {
  opened: number;
  undated: number;
}

/**
 * Sums the cells of findRegistryCells for any selection and any of its dates, in memory: the
 * aggregate is read once per request and every target is evaluated from it.
 */
export class RegistryFigures {
  private readonly index: Map<string, number>;
  private readonly byLegacy = new Map<number | null, RegistryCell[]>();
  private readonly byCurrent = new Map<number | null, RegistryCell[]>();

  constructor(
    dates: readonly string[],
    private readonly cells: readonly RegistryCell[],
    /** Region of each legacy province. */
    private readonly regionOf: (legacyProvinceId: number) => string | null,
  ) {
    this.index = new Map(dates.map((d, i) => [d, i]));
    for (const cell of cells) {
      for (const [map, id] of [[this.byLegacy, cell.legacyProvinceId], [this.byCurrent, cell.provinceId]] as const) {
        const list = map.get(id);
        if (list) list.push(cell);
        else map.set(id, [cell]);
      }
    }
  }

  /** The cells an area can contain: one province's, or all of them. */
  private candidates(area: Area): readonly RegistryCell[] {
    if (area.kind === 'LEGACY') return this.byLegacy.get(area.unitId) ?? [];
    if (area.kind === 'CURRENT') return this.byCurrent.get(area.unitId) ?? [];
    return this.cells;
  }

  private bit(date: string): number {
    const i = this.index.get(date);
    if (i === undefined) throw new Error(`registry figures were not read for ${date}`);
    return 1 << i;
  }

  /** Whether a cell lies in the area; null when the area cannot place it (no legacy province). */
  private inArea(cell: RegistryCell, area: Area): boolean | null {
    switch (area.kind) {
      case 'NATION':
        return true;
      case 'LEGACY':
        return cell.legacyProvinceId === area.unitId;
      case 'CURRENT':
        return cell.provinceId === area.unitId;
      case 'REGION':
        return cell.legacyProvinceId == null ? null : this.regionOf(cell.legacyProvinceId) === area.region;
    }
  }

  private selected(cell: RegistryCell, s: Selection): boolean | null {
    if (s.kinds?.length && !s.kinds.includes(cell.kind)) return false;
    if (s.ownership && cell.ownership !== s.ownership) return false;
    return this.inArea(cell, s.area);
  }

  /** Figures of the selection on `date` (one of the dates the cells were read for). */
  tally(date: string, s: Selection): Tally {
    const bit = this.bit(date);
    const t = { ...EMPTY };
    for (const cell of this.candidates(s.area)) {
      if (!(cell.opvec & bit)) continue;
      const inside = this.selected(cell, s);
      if (cell.part === 'FACILITIES') {
        if (inside === null) t.unplaced += cell.facilities;
        if (!inside) continue;
        t.operating += cell.facilities;
        t.accessible += cell.accessible;
        t.accessUnknown += cell.accessUnknown;
        t.socialWork += cell.socialWork;
        t.noSocialWork += cell.noSocialWork;
      } else if (inside && cell.capvec & bit) {
        t.places += cell.places;
        t.placesKnown += cell.placesKnown;
        t.residents += cell.residents;
        t.residentsKnown += cell.residentsKnown;
        t.clients += cell.clients;
        t.clientsKnown += cell.clientsKnown;
      }
    }
    return t;
  }

  /** Non-public specialised facilities of the area opened between 1 January of `sinceYear` and `date`, whatever their status since. */
  newNonPublicSpecialised(date: string, area: Area, sinceYear: number): NewFacilities {
    const bit = this.bit(date);
    const result = { opened: 0, undated: 0 };
    for (const cell of this.candidates(area)) {
      if (cell.part !== 'FACILITIES' || cell.npsYear == null || !this.inArea(cell, area)) continue;
      if (cell.npsYear === 0) result.undated += cell.facilities;
      else if (cell.npsYear >= sinceYear && cell.openvec & bit) result.opened += cell.facilities;
    }
    return result;
  }
}
