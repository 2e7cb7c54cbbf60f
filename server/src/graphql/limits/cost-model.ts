import {
  isEnumType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType, Kind,
  type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLSchema, type GraphQLType, type SelectionSetNode,
} from 'graphql';

/**
 * What a request costs, in units of about 4 µs of server or database work (one resolved value
 * costs about that in graphql-js). Every field costs 1 unit plus its own work; a list multiplies
 * what is selected under it by its size (`first` where the field has one, else the largest size
 * the data gives). Heavy fields carry the work measured on 100,000 facilities (npm run bench:api's
 * database; README "Limits of one request").
 */
type Args = Record<string, any>;
export interface FieldCost {
  /** Work of the field itself (its SQL, its computation), in units. */
  own?: number | ((args: Args) => number);
  /** How many times the selection under the field is answered (a list's size). */
  times?: number | ((args: Args) => number);
}

/** Units per millisecond of measured work. */
const PER_MS = 250;
const communeLevel = (a: Args) => a.level === 'COMMUNE';

/** Every field with work of its own or a list type (a test holds this table to the schema). */
export const FIELD_COSTS: Record<string, FieldCost> = {
  // Registry reads: one statement each, relations joined into it.
  'Query.facility': { own: 0.5 * PER_MS },
  'Query.facilities': { own: 1 * PER_MS, times: (a) => a.first ?? 20 },
  'Query.facilitiesNear': { own: (a) => (a.radiusKm != null ? 4 : 1) * PER_MS, times: (a) => a.first ?? 10 },
  'FacilityConnection.edges': { times: 1 }, // sized by `first` on Query.facilities
  // Every point of the registry packed in strings: about 150 ms for 100,000 facilities.
  'Query.facilityPoints': { own: 150 * PER_MS },
  'FacilityPoints.kinds': { times: 12 },
  // Administrative units and their succession (batched per request).
  'Query.adminUnits': { own: 2 * PER_MS, times: (a) => (communeLevel(a) ? (a.parentCode ? 300 : 3321) : 63) },
  'Query.adminUnit': { own: 0.5 * PER_MS },
  'AdminUnit.predecessors': { own: 0.2 * PER_MS, times: 3 },
  'AdminUnit.successors': { own: 0.2 * PER_MS, times: 2 },
  'Query.boundaries': { own: (a) => (communeLevel(a) ? 40 : 10) * PER_MS, times: (a) => (communeLevel(a) ? (a.parentCode ? 300 : 3321) : 34) },
  // Planning: the gap analysis over the registry on a date, per province (about 100 ms) or per
  // commune (0.6 to 1.1 s with a reach radius, on 100,000 facilities and 3,321 communes).
  'Query.gapAnalysis': {
    own: (a) => (communeLevel(a) ? (a.withinKm != null ? 600 : 450) : a.withinKm != null ? 130 : 100) * PER_MS,
    times: (a) => (communeLevel(a) ? 3321 : a.geography === 'LEGACY_63' ? 63 : 34),
  },
  'GapReport.rows': { times: 1 }, // sized on Query.gapAnalysis
  'GapReport.worstGaps': { times: 1 },
  'GapRow.staffingShortfall': { times: 6 },
  'Facility.staffingShortfall': { times: 6 },
  'Query.communesBeyondReach': { own: 150 * PER_MS },
  'CommunesBeyondReach.communes': { times: 3321 },
  'Query.targetProgress': { own: 60 * PER_MS, times: (a) => (a.provinceCode ? 40 : 1000) },
  'Query.networkProgress': { own: 60 * PER_MS },
  'NetworkProgress.targets': { times: 40 },
  'Query.plans': { own: 2 * PER_MS, times: 20 },
  'Plan.targets': { times: 40 },
  'Target.countsKinds': { times: 10 },
  'Query.needs': { own: 1 * PER_MS, times: 30 },
  'Query.indicators': { own: 1 * PER_MS, times: 40 },
  // Small lists inside a facility.
  'Facility.services': { times: 1 },
  'Facility.targetGroups': { times: 1 },
  'Accessibility.items': { times: 12 },
  'Capacity.residentsByGroup': { times: 10 },
  'Staff.byRole': { times: 10 },
};

/** `totalCount` of a page: a count over the filter; with a search, a trigram scan of every name. */
export function totalCountCost(args: Args): number {
  return (args.filter?.search ? 60 : 5) * PER_MS;
}

/** Sizes of the introspection lists, from the schema itself (averages: a type has fields, or enum values, or…). */
export function introspectionCosts(schema: GraphQLSchema): Record<string, FieldCost> {
  const types = Object.values(schema.getTypeMap());
  const average = (counts: number[]) => Math.max(1, Math.ceil(counts.reduce((s, n) => s + n, 0) / Math.max(1, counts.length)));
  const withFields = types.filter((t) => isObjectType(t) || isInterfaceType(t)) as { getFields(): Record<string, GraphQLField<unknown, unknown>> }[];
  const fields = withFields.flatMap((t) => Object.values(t.getFields()));
  return {
    '__Schema.types': { times: types.length },
    '__Schema.directives': { times: schema.getDirectives().length },
    '__Type.fields': { times: average(types.map((t) => (isObjectType(t) || isInterfaceType(t) ? Object.keys(t.getFields()).length : 0))) },
    '__Type.inputFields': { times: average(types.map((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0))) },
    '__Type.enumValues': { times: average(types.map((t) => (isEnumType(t) ? t.getValues().length : 0))) },
    '__Type.interfaces': { times: 2 },
    '__Type.possibleTypes': { times: 2 },
    '__Field.args': { times: average(fields.map((f) => f.args.length)) },
    '__Directive.args': { times: 3 },
  };
}

/** True when a type is a list (through non-null wrappers). */
export function isList(type: GraphQLType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Whether a selection reads `name`, through fragments and inline fragments. */
export function selects(set: SelectionSetNode | undefined, name: string, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): boolean {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD && (s as FieldNode).name.value === name) return true;
    if (s.kind === Kind.INLINE_FRAGMENT && selects(s.selectionSet, name, fragments, seen)) return true;
    if (s.kind === Kind.FRAGMENT_SPREAD && !seen.has(s.name.value)) {
      seen.add(s.name.value);
      if (selects(fragments[s.name.value]?.selectionSet, name, fragments, seen)) return true;
    }
  }
  return false;
}
