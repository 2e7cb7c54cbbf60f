import { writeFile, mkdir } from 'node:fs/promises';
import { buildHubSchema, printHubSchema } from '../graphql/schema.js';

/** Writes schema/schema.graphql (sorted SDL) from the code. `npm run schema:emit`. */
const schema = await buildHubSchema();
await mkdir('schema', { recursive: true });
await writeFile('schema/schema.graphql', printHubSchema(schema));
process.stdout.write('schema/schema.graphql written\n');
