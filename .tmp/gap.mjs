import { prepareBenchDatabase, startServerProcess } from '/work/main/dist/server/src/bench/bench-db.js';
const db = await prepareBenchDatabase(100000);
const cwd = process.argv[2];
const server = await startServerProcess(db.url, cwd ? { cwd } : {});
const q = '{ gapAnalysis(level: COMMUNE, withinKm: 20) { rows { unit { code } need places served coveragePercent nearestFacilityKm communesBeyondReach } } }';
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const res = await fetch(server.url + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
  const text = await res.text();
  console.log(res.status, text.length, (performance.now() - t0).toFixed(0), 'ms', text.slice(0, 150));
}
await server.stop(); await db.cluster?.stop();
