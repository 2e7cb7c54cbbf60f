// Reads pages of facilities in a fresh V8 (see test/facility/facility-page-garbage.test.ts) and prints
// how many of the bytes allocated meanwhile survived young-generation collections: V8's sampling heap
// profiler, told to drop samples of objects freed by minor collections, keeps those of objects promoted
// (whether a later full collection frees them or not).
// Usage: node --expose-gc page-garbage.mjs <database url>
import pg from 'pg';
import { Session } from 'node:inspector/promises';
import { FacilityReader } from '../../dist/server/src/modules/facility/facility.service.js';
import { FULL_READ } from '../../dist/server/src/modules/facility/facility.read-plan.js';

const pool = new pg.Pool({ connectionString: process.argv[2], max: 1 });
const reader = new FacilityReader(pool, { canEdit: false });
const read = async () => {
  const page = await reader.page({ first: 50 }, FULL_READ);
  if (page.edges.length !== 50) throw new Error(`expected a page of 50, got ${page.edges.length}`);
  // What the API reads from a page: every cursor and the end cursor.
  return page.edges.map((e) => e.cursor).join() + page.pageInfo.endCursor;
};
for (let i = 0; i < 20; i++) await read();
globalThis.gc({ type: 'major' });
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMinorGC: false, includeObjectsCollectedByMajorGC: true });
for (let i = 0; i < 150; i++) {
  await read();
  // Two young-generation collections: an object still reachable after both is promoted.
  globalThis.gc({ type: 'minor' });
  globalThis.gc({ type: 'minor' });
}
const { profile } = await session.post('HeapProfiler.stopSampling');
const total = (node) => node.selfSize + node.children.reduce((sum, child) => sum + total(child), 0);
console.log(JSON.stringify({ survived: total(profile.head) }));
session.disconnect();
await pool.end();
