import pg from 'pg';

/** Drops the template (and any test database left behind) and stops the embedded cluster. */
export default async function globalTeardown() {
  const { serverUrl, template } = globalThis.__HUB_TEMPLATE__ ?? {};
  if (serverUrl && process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    const prefix = template.replace(/^hub_tpl_/, '');
    const dbs = await admin.query(`SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`, [template, `hub_t_${prefix}_%`]);
    for (const { datname } of dbs.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
  }
  await globalThis.__HUB_CLUSTER__?.stop();
}
