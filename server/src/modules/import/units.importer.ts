import type { Confidence } from '../common/enums.js';
import { isInVietnam } from '../common/territory.js';
import { parseEnum, parseNumber } from './cell.parsers.js';
import { cellsOf, mapHeader, type ColumnAliases } from './csv.columns.js';
import { readCsv } from './csv.parser.js';
import type { ImportProblem } from './import.report.js';
import type { Importer } from './import.runner.js';
import { upsertCommunes, type CommuneRow } from './units.writer.js';

/** Communes, wards and special zones are valid from the reform of 1 July 2025 (Resolution 202/2025/QH15). */
export const COMMUNES_VALID_FROM = '2025-07-01';

type Column = 'code' | 'name' | 'nameEn' | 'fullName' | 'provinceCode' | 'unitType' | 'lat' | 'lng' | 'areaKm2';

/** Columns of `wards.csv` (English) and of GSO-style lists (Vietnamese headers). */
export const UNIT_COLUMNS: ColumnAliases<Column> = {
  code: ['code', 'ma', 'ma_xa', 'ma_dvhc'],
  name: ['name', 'ten', 'ten_xa', 'ten_dvhc'],
  nameEn: ['name_en', 'ten_tieng_anh', 'ten_en'],
  fullName: ['full_name', 'ten_day_du'],
  provinceCode: ['province_code', 'ma_tinh', 'ma_tp'],
  unitType: ['unit_type', 'cap', 'loai'],
  lat: ['lat', 'latitude', 'vi_do'],
  lng: ['lng', 'lon', 'longitude', 'kinh_do'],
  areaKm2: ['area_km2', 'dien_tich', 'dien_tich_km2'],
};
const REQUIRED: Column[] = ['code', 'name', 'provinceCode'];
const UNIT_TYPES = ['ward', 'commune', 'special_zone'] as const;
const UNIT_TYPE_ALIASES = { phuong: 'ward', xa: 'commune', dac_khu: 'special_zone' } as const;

/**
 * `import:units`: communes, wards and special zones of the 34 provinces (3,321 in the 2025 list),
 * each under its current province, valid from 2025-07-01; upsert by code.
 */
export function unitsImporter(source: { citation: string; confidence: Confidence }): Importer<CommuneRow> {
  let names: Partial<Record<Column, string>> = {};
  const fieldName = (c: Column) => names[c] ?? UNIT_COLUMNS[c][0];
  return {
    kind: 'units',
    parse(text) {
      const problems: ImportProblem[] = [];
      const csv = readCsv(text, problems);
      if (problems.length) return { rows: [], total: 0, problems };
      const map = mapHeader(csv.header, UNIT_COLUMNS, problems);
      names = map.names;
      for (const c of REQUIRED) if (map.index[c] === undefined) problems.push({ line: 1, field: UNIT_COLUMNS[c][0], message: 'required column is missing' });
      if (problems.length) return { rows: [], total: csv.records.length, problems };
      const rows: CommuneRow[] = [];
      const seen = new Map<string, number>();
      for (const record of csv.records) {
        const before = problems.length;
        const add = (field: Column, message: string) => problems.push({ line: record.line, field: fieldName(field), message });
        const c = cellsOf(record, map);
        for (const f of REQUIRED) if (!c[f]) add(f, 'is empty');
        if (c.code && !/^\d{5}$/.test(c.code)) add('code', `"${c.code}" is not a 5-digit commune code`);
        if (c.code && seen.has(c.code)) add('code', `${c.code} is already on line ${seen.get(c.code)}`);
        if (c.provinceCode && !/^\d{2}$/.test(c.provinceCode)) add('provinceCode', `"${c.provinceCode}" is not a 2-digit province code`);
        const unitType = c.unitType ? parseEnum(c.unitType, UNIT_TYPES, UNIT_TYPE_ALIASES) : null;
        if (unitType && !unitType.ok) add('unitType', unitType.message);
        const lat = c.lat ? parseNumber(c.lat, { min: -90, max: 90 }) : null;
        const lng = c.lng ? parseNumber(c.lng, { min: -180, max: 180 }) : null;
        if (lat && !lat.ok) add('lat', lat.message);
        if (lng && !lng.ok) add('lng', lng.message);
        if (!lat !== !lng) add(lat ? 'lng' : 'lat', 'lat and lng go together: give both or neither');
        if (lat?.ok && lng?.ok && !isInVietnam(lat.value, lng.value)) add('lat', `${lat.value}, ${lng.value} does not lie in Vietnam (the Hoàng Sa and Trường Sa zones included)`);
        const area = c.areaKm2 ? parseNumber(c.areaKm2, { min: 0 }) : null;
        if (area && !area.ok) add('areaKm2', area.message);
        if (c.code) seen.set(c.code, seen.get(c.code) ?? record.line);
        // Rows with problems are still checked against the database (their province), so every
        // problem is reported; any problem rejects the file before writing.
        if (!c.code || !c.provinceCode || problems.length > before && !/^\d{2}$/.test(c.provinceCode)) continue;
        rows.push({
          line: record.line, code: c.code!, name: c.name!, nameEn: c.nameEn ?? null, fullName: c.fullName ?? null, provinceCode: c.provinceCode!,
          unitType: unitType?.ok ? unitType.value : null, lat: lat?.ok ? lat.value : null, lng: lng?.ok ? lng.value : null,
          areaKm2: area?.ok ? area.value : null, parentId: 0, region: null,
        });
      }
      const notes = map.ignored.length ? [`ignored columns: ${map.ignored.join(', ')}`] : [];
      return { rows, total: csv.records.length, problems, notes };
    },

    async resolve(db, rows, problems, notes) {
      const res = await db.query(
        `SELECT id, code, region FROM admin_unit WHERE level = 'PROVINCE' AND valid_from <= $1 AND (valid_to IS NULL OR valid_to > $1)`,
        [COMMUNES_VALID_FROM],
      );
      const provinces = new Map<string, { id: number; region: string | null }>(res.rows.map((r) => [r.code, r]));
      for (const row of rows) {
        const province = provinces.get(row.provinceCode);
        if (!province) problems.push({ line: row.line, field: fieldName('provinceCode'), message: `no province has code ${row.provinceCode} on ${COMMUNES_VALID_FROM}` });
        else Object.assign(row, { parentId: province.id, region: province.region });
      }
      const missing = await db.query(
        `SELECT count(*)::int AS n FROM admin_unit WHERE level = 'COMMUNE' AND valid_from = $1 AND valid_to IS NULL AND NOT code = ANY($2::text[])`,
        [COMMUNES_VALID_FROM, rows.map((r) => r.code)],
      );
      if (missing.rows[0].n) notes.push(`${missing.rows[0].n} communes in the database are not in the file (kept as they are)`);
    },

    write: (db, rows, progress) => upsertCommunes(db, rows, { ...source, validFrom: COMMUNES_VALID_FROM }, progress),
  };
}
