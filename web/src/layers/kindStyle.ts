import type { FacilityKind } from '../api/types.js';

/**
 * Colour and glyph per kind of facility. Colours from the Okabe–Ito palette (safe for colour-blind
 * readers); each kind also has its own shape, so colour is never the only cue.
 */
export interface KindStyle {
  /** Fill colour. */
  color: string;
  /** Colour of the glyph on the fill (contrast ≥ 4.5:1 for the yellow). */
  ink: string;
  /** SVG markup of the glyph in a 16×16 box, drawn with `currentColor`. */
  glyph: string;
}

const CIRCLE = '<circle cx="8" cy="8" r="4.6"/>';
const HEART = '<path d="M8 14 2.2 8.3C.4 6.5 1 3 3.8 2.6c1.6-.2 3.2.7 4.2 2 1-1.3 2.6-2.2 4.2-2 2.8.4 3.4 3.9 1.6 5.7Z"/>';
const HOUSE = '<path d="M8 1.6 1.2 7.6h2.2v6.8h3.4v-4.2h2.4v4.2h3.4V7.6h2.2Z"/>';
const SQUARE = '<rect x="3.2" y="3.2" width="9.6" height="9.6" rx="1"/>';
const DIAMOND = '<path d="M8 1.4 14.6 8 8 14.6 1.4 8Z"/>';
const STAR = '<path d="m8 1.2 2 4.4 4.8.5-3.6 3.2 1 4.7L8 11.6 3.8 14l1-4.7L1.2 6.1 6 5.6Z"/>';
const PLUS = '<path d="M6.1 2.2h3.8v3.9h3.9v3.8H9.9v3.9H6.1V9.9H2.2V6.1h3.9Z"/>';
const TRIANGLE = '<path d="M8 1.8 14.6 13.8H1.4Z"/>';
const SHIELD = '<path d="M8 1.6 13.6 3.8v4.1c0 3.3-2.4 5.6-5.6 6.5-3.2-.9-5.6-3.2-5.6-6.5V3.8Z"/>';
const RING = '<circle cx="8" cy="8" r="4.4" fill="none" stroke="currentColor" stroke-width="2.6"/>';

export const KIND_STYLES: Record<FacilityKind, KindStyle> = {
  ELDERLY_CARE: { color: '#E69F00', ink: '#1a1a1a', glyph: CIRCLE },
  CHILD_CARE: { color: '#56B4E9', ink: '#1a1a1a', glyph: HEART },
  SOS_CHILDRENS_VILLAGE: { color: '#0072B2', ink: '#ffffff', glyph: HOUSE },
  DISABILITY_CARE: { color: '#009E73', ink: '#ffffff', glyph: SQUARE },
  MENTAL_HEALTH_CARE: { color: '#CC79A7', ink: '#1a1a1a', glyph: DIAMOND },
  COMPREHENSIVE: { color: '#D55E00', ink: '#ffffff', glyph: STAR },
  SOCIAL_WORK_CENTRE: { color: '#F0E442', ink: '#1a1a1a', glyph: PLUS },
  DRUG_REHABILITATION: { color: '#3b3b3b', ink: '#ffffff', glyph: TRIANGLE },
  SHELTER: { color: '#7a7a7a', ink: '#ffffff', glyph: SHIELD },
  OTHER: { color: '#a6a6a6', ink: '#1a1a1a', glyph: RING },
};

/** An inline SVG of the glyph, `size` pixels wide, hidden from screen readers (the text says it). */
export function glyphSvg(kind: FacilityKind, size = 16): string {
  return `<svg viewBox="0 0 16 16" width="${size}" height="${size}" fill="currentColor" aria-hidden="true" focusable="false">${KIND_STYLES[kind].glyph}</svg>`;
}

/** A swatch element (colour, ink and glyph) for lists, the legend and the panel; `hollow`: approximate position. */
export function kindSwatch(kind: FacilityKind, hollow = false): HTMLSpanElement {
  const style = KIND_STYLES[kind];
  const span = document.createElement('span');
  span.className = `kind-swatch${hollow ? ' kind-swatch--approximate' : ''}`;
  span.style.setProperty('--kind-color', style.color);
  span.style.setProperty('--kind-ink', style.ink);
  span.innerHTML = glyphSvg(kind, 12);
  return span;
}
