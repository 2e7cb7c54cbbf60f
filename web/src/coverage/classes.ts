/**
 * Classes of a choropleth: five sequential classes from ColorBrewer palettes that stay distinct
 * for colour-blind readers (YlGnBu where more is better, YlOrRd where more is worse), and "no data"
 * drawn hatched, never as a 0.
 */
export const GOOD_PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
export const BAD_PALETTE = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];
export const NO_DATA_COLOR = '#d9d9d9';

export interface ColourClass {
  /** Lower bound, inclusive (the first class also takes values below it). */
  min: number;
  /** Upper bound: exclusive, but inclusive for the last class. */
  max: number;
  color: string;
}

/** Five classes: 0-20 … 80-100 for percentages, else five equal steps from 0 to a round maximum. */
export function makeClasses(values: (number | null)[], percent: boolean, moreIsWorse: boolean): ColourClass[] {
  const palette = moreIsWorse ? BAD_PALETTE : GOOD_PALETTE;
  const top = percent ? 100 : niceMax(Math.max(0, ...values.filter((v): v is number => v != null)));
  const step = top / palette.length;
  return palette.map((color, i) => ({ min: i * step, max: (i + 1) * step, color }));
}

/** Index of the class of a value; null for no data. */
export function classOf(value: number | null, classes: ColourClass[]): number | null {
  if (value == null || !Number.isFinite(value)) return null;
  const i = classes.findIndex((c) => value < c.max);
  return i === -1 ? classes.length - 1 : i;
}

/** A round number ≥ `max` that divides into five round steps (5, 10, 25, 50, 100, 250 …). */
export function niceMax(max: number): number {
  if (max <= 5) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * magnitude >= max) return m * magnitude;
  return 10 * magnitude;
}
