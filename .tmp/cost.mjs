import { buildHubSchema } from '/work/main/dist/server/src/graphql/schema.js';
import { costCheck } from '/work/main/dist/server/src/graphql/limits/cost.js';
import { parse, getIntrospectionQuery } from 'graphql';
const schema = await buildHubSchema();
const check = costCheck(schema, 1e12);
const queries = {
  introspection: getIntrospectionQuery(),
  gapCommune: '{ gapAnalysis(level: COMMUNE, withinKm: 20) { rows { unit { code name } need places served coveragePercent nearestFacilityKm communesBeyondReach } } }',
  gapProvince: '{ gapAnalysis(withinKm: 20) { rows { unit { code name } need places served coveragePercent nearestFacilityKm communesBeyondReach staffingShortfall { role count } } worstGaps { unit { code } unmetNeed } } }',
  points: '{ facilityPoints { count kinds codes lat lng kind approximate } }',
  page100: '{ facilities(first: 100) { totalCount edges { node { name code kind province { name } operator { name } capacity { places residents } } } } }',
  bench_a: '{ facilities(filter: { provinceCode: "11" }, first: 50) { edges { node { name kind operator { name } province { name } capacity { places residents } services } } } }',
  succ10: '{ adminUnit(code: "82") { predecessors { code successors { code predecessors { code successors { code predecessors { code successors { code predecessors { code successors { code predecessors { code successors { code } } } } } } } } } } } }',
  targetProgress: '{ targetProgress(year: 2025) { status } }',
};
for (const [k, q] of Object.entries(queries)) {
  const document = parse(q);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  console.log(k, check({ document, request: {}, operation, operationName: null }));
}
