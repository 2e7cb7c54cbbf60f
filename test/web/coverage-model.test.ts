import { describe, expect, it } from '@jest/globals';
import { decodePoints } from '../../web/src/api/points.js';
import { classOf, makeClasses, niceMax, GOOD_PALETTE, BAD_PALETTE } from '../../web/src/coverage/classes.js';
import { gapFigure, progressFigure } from '../../web/src/coverage/indicators.js';
import type { GapRow, TargetProgress } from '../../web/src/api/planning.types.js';

/** The map's pure pieces: unpacking facilityPoints, choropleth classes, indicator figures. */
describe('decodePoints', () => {
  it('unpacks delta-encoded positions, kinds and precision flags', () => {
    const p = decodePoints({ count: 3, kinds: ['CHILD_CARE', 'SHELTER'], codes: 'A,B-1,C_2', lat: '2100000,5,-3', lng: '10500000,-100000,1', kind: '010', approximate: '100' });
    expect(p.codes).toEqual(['A', 'B-1', 'C_2']);
    expect([...p.lat]).toEqual([21, 21.00005, 21.00002]);
    expect([...p.lng]).toEqual([105, 104, 104.00001]);
    expect([...p.kind]).toEqual([0, 1, 0]);
    expect([...p.approximate]).toEqual([1, 0, 0]);
    expect(decodePoints({ count: 0, kinds: [], codes: '', lat: '', lng: '', kind: '', approximate: '' }).codes).toEqual([]);
  });

  it('refuses lists of different lengths', () => {
    expect(() => decodePoints({ count: 2, kinds: ['OTHER'], codes: 'A,B', lat: '1', lng: '1,2', kind: '00', approximate: '00' })).toThrow('positions');
  });
});

describe('classes', () => {
  it('cuts percentages at 20, 40, 60, 80; 100 and more in the top class; no data in none', () => {
    const classes = makeClasses([5, 50], true, false);
    expect(classes.map((c) => [c.min, c.max, c.color])).toEqual(GOOD_PALETTE.map((color, i) => [i * 20, (i + 1) * 20, color]));
    expect([0, 19.9, 20, 59.9, 80, 100, 130].map((v) => classOf(v, classes))).toEqual([0, 0, 1, 2, 4, 4, 4]);
    expect(classOf(null, classes)).toBeNull();
  });

  it('cuts counts in five steps up to a round maximum, in the warm palette when more is worse', () => {
    const classes = makeClasses([3, null, 1234], false, true);
    expect(classes.map((c) => c.max)).toEqual([400, 800, 1200, 1600, 2000]);
    expect(classes.map((c) => c.color)).toEqual(BAD_PALETTE);
    expect([niceMax(0), niceMax(7), niceMax(26), niceMax(100), niceMax(101)]).toEqual([5, 10, 50, 100, 200]);
  });
});

describe('indicator figures', () => {
  const row = (over: Partial<GapRow>): GapRow => ({
    unit: { code: '11', name: 'Điện Biên', nameEn: 'Dien Bien', centroid: null }, need: null, places: 0, residents: 0, served: 0,
    coveragePercent: null, unmetNeed: null, facilities: 0, accessiblePercent: null, accessibilityKnown: 0, socialWorkPercent: null,
    socialWorkKnown: 0, staffingShortfall: [], staffingAssessed: 0, ...over,
  });

  it('never turns unknown into 0', () => {
    expect(gapFigure('coverage', row({}))).toEqual({ value: null, gap: null });
    expect(gapFigure('staffing', row({ facilities: 3 }))).toEqual({ value: null, gap: null });
    expect(gapFigure('staffing', row({ facilities: 3, staffingAssessed: 2 }))).toEqual({ value: 0, gap: 0 });
    expect(progressFigure([])).toEqual({ value: null, gap: null });
  });

  it('measures gaps in people, facilities, staff and targets', () => {
    expect(gapFigure('coverage', row({ need: 1000, served: 250, coveragePercent: 25, unmetNeed: 750 }))).toEqual({ value: 25, gap: 750 });
    expect(gapFigure('accessible', row({ facilities: 9, accessibilityKnown: 4, accessiblePercent: 25 }))).toEqual({ value: 25, gap: 3 });
    expect(gapFigure('staffing', row({ staffingAssessed: 2, staffingShortfall: [{ role: 'CARER', count: 4 }, { role: 'MEDICAL', count: 1 }] }))).toEqual({ value: 5, gap: 5 });
    const t = (status: TargetProgress['status']) => ({ status }) as TargetProgress;
    expect(progressFigure([t('MET'), t('ON_TRACK'), t('AT_RISK'), t('NO_DATA'), t('MISSED')])).toEqual({ value: 50, gap: 2 });
  });
});
