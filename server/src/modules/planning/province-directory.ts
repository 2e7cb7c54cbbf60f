import type { Queryable } from '../../db/sql.js';
import { ADMIN_UNIT_COLUMNS, type AdminUnitRecord } from '../admin-unit/admin-unit.repository.js';
import type { PlanRecord, TargetRecord } from '../plan/plan.repository.js';
import type { Geography } from './planning.enums.js';
import type { Area } from './registry-figures.js';

/** The last day of the 63 provinces (Resolution 202/2025/QH15 took effect on 2025-07-01). */
export const LAST_LEGACY_DAY = '2025-06-30';

export interface ProvinceRecord extends AdminUnitRecord {
  /** The province that absorbed this one (the first by code if several); null while current. */
  successorId: number | null;
}

/** Every province ever recorded (the 63 legacy ones and the 34 current ones), with its successor. */
export async function findProvinces(db: Queryable): Promise<ProvinceRecord[]> {
  const res = await db.query(
    `SELECT ${ADMIN_UNIT_COLUMNS},
            (SELECT s.successor_id FROM admin_unit_succession s JOIN admin_unit n ON n.id = s.successor_id
              WHERE s.predecessor_id = u.id ORDER BY n.code LIMIT 1) AS "successorId"
       FROM admin_unit u WHERE u.level = 'PROVINCE' ORDER BY u.code, u.valid_from`,
  );
  return res.rows;
}

const validOn = (u: AdminUnitRecord, date: string) => u.validFrom <= date && (u.validTo == null || u.validTo > date);

/**
 * Provinces in memory for one request: codes read in a geography, lineages, the unit a plan's
 * targets are shown under and the area their figures are computed over.
 */
export class ProvinceDirectory {
  private readonly byId: Map<number, ProvinceRecord>;

  constructor(readonly provinces: readonly ProvinceRecord[], private readonly today: string) {
    this.byId = new Map(provinces.map((p) => [p.id, p]));
  }

  get(id: number): ProvinceRecord {
    const p = this.byId.get(id);
    if (!p) throw new Error(`province ${id} is not in the directory`);
    return p;
  }

  /** "Điện Biên (11)". */
  label(id: number): string {
    const p = this.get(id);
    return `${p.name} (${p.code})`;
  }

  /** A unit no longer valid today: a legacy province (its facilities are found by `legacy_province_id`). */
  isLegacy(id: number): boolean {
    return !validOn(this.get(id), this.today);
  }

  /** The province with `code` in the geography: a legacy one on 2025-06-30, a current one today. */
  byCode(code: string, geography: Geography): ProvinceRecord | null {
    const on = geography === 'LEGACY_63' ? LAST_LEGACY_DAY : this.today;
    return this.provinces.find((p) => p.code === code && validOn(p, on)) ?? null;
  }

  /** The unit and every unit it replaced, through any number of successions. */
  lineage(id: number): number[] {
    const ids = [id];
    for (let i = 0; i < ids.length; i++) {
      for (const p of this.provinces) if (p.successorId === ids[i] && !ids.includes(p.id)) ids.push(p.id);
    }
    return ids;
  }

  /** Region (Decision 966) of a legacy province. */
  regionOf(id: number): string | null {
    return this.byId.get(id)?.region ?? null;
  }

  /**
   * Where a target's figure is computed: national targets over the country (or their region, through
   * the legacy provinces' regions); a plan of a legacy province over the facilities whose legacy
   * province it is, in both geographies (the plan covers only that territory); a plan of a current
   * province over the facilities of that province.
   */
  areaOf(plan: PlanRecord, target: TargetRecord): Area {
    if (plan.issuerId == null) return target.region ? { kind: 'REGION', region: target.region } : { kind: 'NATION' };
    return this.isLegacy(plan.issuerId) ? { kind: 'LEGACY', unitId: plan.issuerId } : { kind: 'CURRENT', unitId: plan.issuerId };
  }

  /**
   * The unit a plan's targets are shown under: null for national plans; in CURRENT_34 the province
   * that absorbed a legacy issuer (Nam Định 36 → Ninh Bình 37); otherwise the issuer itself.
   */
  unitShown(plan: PlanRecord, geography: Geography): number | null {
    if (plan.issuerId == null) return null;
    if (geography === 'CURRENT_34' && this.isLegacy(plan.issuerId)) return this.get(plan.issuerId).successorId ?? plan.issuerId;
    return plan.issuerId;
  }

  /** How an area is named in a basis sentence. */
  describe(area: Area, geography: Geography): string {
    switch (area.kind) {
      case 'NATION':
        return 'nationwide';
      case 'REGION':
        return `in the ${area.region} region (facilities counted through the region of their legacy province)`;
      case 'CURRENT':
        return `in ${this.label(area.unitId)}`;
      case 'LEGACY': {
        const successor = this.get(area.unitId).successorId;
        if (geography === 'CURRENT_34' && successor != null) {
          return `in the part of ${this.label(successor)} that was legacy ${this.label(area.unitId)}, the territory of the plan (facilities by their legacy province)`;
        }
        return `in legacy ${this.label(area.unitId)} (facilities by their legacy province)`;
      }
    }
  }
}
