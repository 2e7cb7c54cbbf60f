import type { ProgressStatus, TargetProgress } from '../../api/planning.types.js';

/** Colours of the statuses (with the status word always beside them: colour is never the only cue). */
export const STATUS_COLORS: Record<ProgressStatus, string> = {
  MET: '#1a9641', ON_TRACK: '#2c7fb8', AT_RISK: '#e6a100', OFF_TRACK: '#d7191c', MISSED: '#8b0000', NO_DATA: '#9a9a9a',
};

const NS = 'http://www.w3.org/2000/svg';
const ROW = 26;
const LABEL = 0;
const WIDTH = 300;

/**
 * A small inline SVG chart, one row per target: the target as an outlined bar, the actual as a
 * filled bar in the status colour, each row on its own scale (0-100 for percentages, else up to
 * the larger of the two). `label(t)` names a row (in <title>, read by screen readers).
 */
export function targetChart(rows: TargetProgress[], label: (t: TargetProgress) => string, title: string): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  const height = rows.length * ROW + 4;
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
  svg.setAttribute('width', '100%');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  svg.setAttribute('data-testid', 'target-chart');
  svg.classList.add('target-chart');
  rows.forEach((t, i) => {
    const percent = t.target.indicator.unit === 'PERCENT';
    const top = Math.max(percent ? 100 : 0, t.target.value, t.actual ?? 0) || 1;
    const x = (v: number) => LABEL + ((WIDTH - LABEL - 2) * Math.max(0, v)) / top;
    const y = 2 + i * ROW;
    const g = document.createElementNS(NS, 'g');
    g.setAttribute('data-testid', 'target-bar');
    g.setAttribute('data-status', t.status);
    const tip = document.createElementNS(NS, 'title');
    tip.textContent = label(t);
    g.append(tip, rect(LABEL, y + 3, WIDTH - LABEL - 2, 16, '#f1f3f5', 'none'));
    if (t.actual != null) g.append(rect(LABEL, y + 6, x(t.actual) - LABEL, 10, STATUS_COLORS[t.status], 'none'));
    const goal = rect(x(t.target.value) - 1.5, y + 1, 3, 20, '#1a1a1a', 'none');
    goal.setAttribute('data-role', 'target');
    g.append(goal);
    svg.append(g);
  });
  return svg;
}

function rect(x: number, y: number, w: number, h: number, fill: string, stroke: string): SVGRectElement {
  const r = document.createElementNS(NS, 'rect');
  r.setAttribute('x', String(x));
  r.setAttribute('y', String(y));
  r.setAttribute('width', String(Math.max(0, w)));
  r.setAttribute('height', String(h));
  r.setAttribute('fill', fill);
  r.setAttribute('stroke', stroke);
  r.setAttribute('rx', '2');
  return r;
}
