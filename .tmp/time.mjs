const [url, n, ...rest] = process.argv.slice(2);
const aliases = (k, f) => Array.from({ length: k }, (_, i) => `a${i}: ${f}`).join(' ');
const qs = {
  intro: `{ ${aliases(30, '__schema { types { name fields { name args { name type { name ofType { name } } } type { name ofType { name } } } } }')} }`,
  points: `{ ${aliases(6, 'facilityPoints { count codes lat lng kind }')} }`,
  page: `{ ${aliases(30, 'facilities(first: 100) { edges { node { name code kind province { name } operator { name } capacity { places residents } } } }')} }`,
};
for (const k of rest) {
  for (let i = 0; i < Number(n); i++) {
    const t0 = performance.now();
    const res = await fetch(url + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: qs[k] }) });
    const text = await res.text();
    console.log(k, res.status, text.length, (performance.now() - t0).toFixed(0), 'ms', text.slice(0, 120));
  }
}
