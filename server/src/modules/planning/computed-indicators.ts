import type { RegistryFigures, Selection } from './registry-figures.js';

/**
 * The formulas of the COMPUTED indicators over the registry (the indicators' descriptions say the
 * same in words). Each gives the value on one date and the sentence of what it rests on; a value is
 * null when nothing is known, never an invented 0.
 */

/** People needing assistance in a unit: the total of a year, or the sum of its target groups when no total exists. */
export interface NeedFigure {
  year: number;
  count: number;
  category: 'TOTAL_NEEDING_ASSISTANCE' | 'TARGET_GROUP';
  /** True when some figure is qualified AT_LEAST or ABOUT. */
  approximate: boolean;
}

export interface Measure {
  value: number | null;
  basis: string;
}

export interface MeasureContext {
  figures: RegistryFigures;
  /** Date the registry is read on. */
  on: string;
  selection: Selection;
  /** First year of the plan (new facilities are counted from its 1 January). */
  planStart: number;
  /** People needing assistance in the area, for the latest year up to the date's year; null when unknown. */
  need: NeedFigure | null;
}

export const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const percent = (part: number, whole: number) => Math.round((part / whole) * 10000) / 100;

/** "3 operating non-public facilities of kind CHILD_CARE or SOS_CHILDRENS_VILLAGE" (singular for 1). */
function facilities(n: number, s: Selection, adjective = 'operating'): string {
  const owner = s.ownership === 'NON_PUBLIC' ? ' non-public' : s.ownership === 'PUBLIC' ? ' public' : '';
  return `${fmt(n)} ${adjective}${owner} ${n === 1 ? 'facility' : 'facilities'}${s.kinds?.length ? ` of kind ${s.kinds.join(' or ')}` : ''}`;
}

/** "no operating facilities of kind …". */
const none = (s: Selection): string => facilities(0, s).replace(/^0 /, 'no ');

/** Verb agreeing with a count: 1 → singular, else plural. */
const verb = (n: number, one: string, many: string) => (n === 1 ? one : many);

function unplacedText(unplaced: number, s: Selection): string {
  return s.area.kind === 'REGION' && unplaced > 0 ? `; ${facilities(unplaced, { area: s.area })} without a legacy province left out` : '';
}

type Formula = (c: MeasureContext) => Measure;

const facilityCount: Formula = (c) => {
  const t = c.figures.tally(c.on, c.selection);
  return { value: t.operating, basis: `${facilities(t.operating, c.selection)}${unplacedText(t.unplaced, c.selection)}` };
};

const places: Formula = (c) => {
  const t = c.figures.tally(c.on, c.selection);
  const unknown = t.operating - t.placesKnown;
  const value = t.placesKnown > 0 ? t.places : t.operating === 0 ? 0 : null;
  return {
    value,
    basis: `${fmt(t.places)} places in the latest capacity reports of ${fmt(t.placesKnown)} of ${facilities(t.operating, c.selection)}`
      + `${unknown > 0 ? `; places unknown for ${fmt(unknown)}, not counted` : ''}${unplacedText(t.unplaced, c.selection)}`,
  };
};

const accessibleShare: Formula = (c) => {
  const t = c.figures.tally(c.on, c.selection);
  if (t.operating === 0) return { value: null, basis: none(c.selection) };
  if (t.accessUnknown === t.operating) {
    return { value: null, basis: `none of the ${facilities(t.operating, c.selection)} has an accessibility assessment` };
  }
  return {
    value: percent(t.accessible, t.operating),
    basis: `${fmt(t.accessible)} of ${facilities(t.operating, c.selection)} ${verb(t.accessible, 'meets', 'meet')} the minimum accessibility conditions`
      + `${t.accessUnknown > 0 ? `; ${fmt(t.accessUnknown)} without an assessment, counted as not meeting them` : ''}`,
  };
};

const socialWorkShare: Formula = (c) => {
  const t = c.figures.tally(c.on, c.selection);
  const known = t.socialWork + t.noSocialWork;
  const unknown = t.operating - known;
  const proxy = 'PROXY for Decision 112/QĐ-TTg, which also counts health and education facilities the registry does not hold: ';
  if (t.operating === 0) return { value: null, basis: `${proxy}${none(c.selection)}` };
  if (known === 0) {
    return { value: null, basis: `${proxy}social-work provision is unknown for all ${facilities(t.operating, c.selection)}` };
  }
  return {
    value: percent(t.socialWork, known),
    basis: `${proxy}${fmt(t.socialWork)} of the ${facilities(known, c.selection)} whose provision is known ${verb(t.socialWork, 'provides', 'provide')} social-work services`
      + `${unknown > 0 ? `; provision unknown for ${fmt(unknown)}, left out` : ''}`,
  };
};

const clientsServedShare: Formula = (c) => {
  const t = c.figures.tally(c.on, c.selection);
  const served = t.residents + t.clients;
  const counted = `residents ${fmt(t.residents)} reported by ${fmt(t.residentsKnown)} and community clients ${fmt(t.clients)} reported by ${fmt(t.clientsKnown)} of ${facilities(t.operating, c.selection)}`;
  if (t.operating === 0) return { value: null, basis: none(c.selection) };
  if (t.residentsKnown + t.clientsKnown === 0) return { value: null, basis: `no resident or client count is known (${counted})` };
  if (!c.need) return { value: null, basis: `${fmt(served)} people served (${counted}), but no figure of people needing assistance up to ${c.on.slice(0, 4)}` };
  const needText = `${c.need.approximate ? 'about ' : ''}${fmt(c.need.count)} people needing assistance in ${c.need.year}`
    + (c.need.category === 'TARGET_GROUP' ? ' (the sum of its target groups, which may overlap: no total is recorded)' : '');
  if (c.need.count === 0) return { value: null, basis: `${fmt(served)} people served (${counted}) against ${needText}: no share` };
  return { value: percent(served, c.need.count), basis: `${fmt(served)} people served (${counted}; unknown counts left out) against ${needText}` };
};

const newNonPublicSpecialised: Formula = (c) => {
  const n = c.figures.newNonPublicSpecialised(c.on, c.selection.area, c.planStart);
  return {
    value: n.opened,
    basis: `${fmt(n.opened)} non-public elderly, child, disability or mental-health care ${verb(n.opened, 'facility', 'facilities')} opened between ${c.planStart}-01-01 and ${c.on}`
      + `${n.undated > 0 ? `; ${fmt(n.undated)} such ${verb(n.undated, 'facility', 'facilities')} without an opening date not counted` : ''}`,
  };
};

/** Formulas by indicator code; an indicator without one is not computable from the registry. */
export const FORMULAS: Record<string, Formula> = {
  FACILITY_COUNT: facilityCount,
  RESIDENTIAL_PLACES: places,
  NON_PUBLIC_RESIDENTIAL_PLACES: (c) => places({ ...c, selection: { ...c.selection, ownership: 'NON_PUBLIC' } }),
  FACILITIES_ACCESSIBLE_SHARE: accessibleShare,
  SW_SERVICES_FACILITIES_SHARE: socialWorkShare,
  FACILITY_CLIENTS_SERVED_SHARE: clientsServedShare,
  NEW_NON_PUBLIC_SPECIALISED_FACILITIES: newNonPublicSpecialised,
};
