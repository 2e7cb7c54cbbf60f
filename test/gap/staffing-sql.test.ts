import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CareLevel, StaffRole, TargetGroup, type ResidentCountValue, type StaffCountValue } from '../../server/src/modules/common/enums.js';
import { NORMED_ROLES, staffingShortfall, type StaffingInput } from '../../server/src/modules/gap/gap.staffing.js';
import { Random } from '../../server/src/modules/synthetic/random.js';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const GROUPS = Object.keys(TargetGroup) as TargetGroup[];
const LEVELS = Object.keys(CareLevel) as CareLevel[];
const ROLES = Object.keys(StaffRole) as StaffRole[];
const COUNTS = [0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 19, 20, 21, 40, 49, 50, 51, 99, 100, 101, 250];

/** Every group × level (and no level) × count with the roles of the norms unstaffed, plus random reports. */
function cases(): StaffingInput[] {
  const out: StaffingInput[] = [];
  for (const group of GROUPS) {
    for (const careLevel of [null, ...LEVELS]) {
      for (const count of COUNTS) out.push({ residents: count, residentsByGroup: [{ group, careLevel, count }], staffByRole: [{ role: 'MANAGEMENT', count: 1 }] });
    }
  }
  const rng = new Random(7);
  for (let i = 0; i < 1500; i++) {
    const residentsByGroup: ResidentCountValue[] = Array.from({ length: rng.int(0, 4) }, () => ({
      group: rng.pick(GROUPS), careLevel: rng.chance(0.3) ? null : rng.pick(LEVELS), count: rng.int(0, 120),
    }));
    const staffByRole: StaffCountValue[] = Array.from({ length: rng.int(0, 6) }, () => ({ role: rng.pick(ROLES), count: rng.int(0, 30) }));
    const sum = residentsByGroup.reduce((s, r) => s + r.count, 0);
    const residents = rng.chance(0.15) ? null : rng.chance(0.7) ? sum : rng.int(0, 400);
    out.push({ residents, residentsByGroup, staffByRole });
  }
  return out;
}

describe('hub_staffing_shortfall (SQL) and the staffing module (TypeScript)', () => {
  it('give the same shortfall for every care level and count and for 1,500 random reports', async () => {
    const inputs = cases();
    const res = await t.pool.query(
      `SELECT hub_staffing_shortfall((e ->> 'residents')::int, e -> 'by_group', e -> 'staff') AS s
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x (e, n) ORDER BY n`,
      [JSON.stringify(inputs.map((i) => ({ residents: i.residents, by_group: i.residentsByGroup, staff: i.staffByRole })))],
    );
    // The SQL array, in NORMED_ROLES order, read as the module's list of roles short of staff.
    const fromSql = res.rows.map((r) => (r.s == null ? null : NORMED_ROLES.map((role, k) => ({ role, count: r.s[k] })).filter((x) => x.count > 0)));
    const fromTs = inputs.map(staffingShortfall);
    expect(fromSql).toHaveLength(inputs.length);
    const differing = inputs.filter((_, k) => JSON.stringify(fromSql[k]) !== JSON.stringify(fromTs[k]));
    expect(differing).toEqual([]);
    // The cases cover shortfalls in every role, unknown staffing, and facilities meeting every norm.
    for (const role of NORMED_ROLES) expect(fromTs.some((s) => s?.some((x) => x.role === role))).toBe(true);
    expect(fromTs.some((s) => s === null)).toBe(true);
    expect(fromTs.some((s) => s?.length === 0)).toBe(true);
  });

  it('reads stored JSON the API would not accept as the SQL version of migration 000005 did', async () => {
    // Expected answers computed with that version (LANGUAGE sql) before migration 000006 replaced it:
    // entries without a count are left out of the sums, other elements count as staff roles but staff
    // nothing, and the count of a role without a norm is never read.
    const cases: [residents: number | null, byGroup: unknown[] | null, staff: unknown[] | null, expected: number[] | null][] = [
      [null, null, null, null],
      [5, [], [], null],
      [null, [{ group: 'ELDERLY', count: null }], [{ role: 'CARER' }], null],
      [0, [{ group: 'ELDERLY', count: 3 }], [{ role: 'CARER', count: 2 }], [0, 0, 0, 0, 0, 0, 0]],
      [null, [{ group: 'CHILDREN', count: 30 }, { group: 'CHILDREN', careLevel: 'INFANT_UNDER_18_MONTHS', count: 4 }],
        [{ role: 'TEACHER', count: 1 }, { role: 'MANAGEMENT', count: 'x' }], [1, 1, 7, 1, 2, 0, 3]],
      [10, [1, 'a', [2], { group: 'PERSONS_WITH_DISABILITIES', count: 7 }], [1, null, { role: 'PSYCHOLOGIST', count: 1 }], [1, 0, 1, 1, 1, 2, 0]],
      [null, [{ group: 'HIV_AIDS', count: 12 }, { group: 'MENTAL_ILLNESS', careLevel: 'MENTAL_SEVERE', count: 9 }],
        [{ role: 'CARER', count: null }, { role: 'CARER', count: 3 }], [1, 1, 0, 1, 2, 0, 0]],
    ];
    for (const [residents, byGroup, staff, expected] of cases) {
      const res = await t.pool.query('SELECT hub_staffing_shortfall($1, $2, $3) AS s',
        [residents, byGroup && JSON.stringify(byGroup), staff && JSON.stringify(staff)]);
      expect({ residents, byGroup, staff, s: res.rows[0].s }).toEqual({ residents, byGroup, staff, s: expected });
    }
  });
});
