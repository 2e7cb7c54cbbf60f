import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { isEnumType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { buildHubSchema, printHubSchema } from '../../server/src/graphql/schema.js';

let schema: GraphQLSchema;

describe('the partner schema', () => {
  it('equals the committed schema/schema.graphql (run `npm run schema:emit` after changing the API)', async () => {
    schema = await buildHubSchema();
    const committed = await readFile('schema/schema.graphql', 'utf8');
    expect(printHubSchema(schema)).toBe(committed);
  });

  it('describes every type, field, argument and enum value', async () => {
    schema ??= await buildHubSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});
