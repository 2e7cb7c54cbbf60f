import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from '../modules/index.js';
import { DateTimeScalar } from '../modules/common/scalars.js';

const ROOT_DESCRIPTIONS = {
  Query: 'Reads of the social-assistance facility hub: the registry, administrative units, plans, needs and progress.',
  Mutation: 'Changes to the hub; every mutation needs `Authorization: Bearer <key>` with edit rights.',
};

function describeRoot(type: GraphQLObjectType | null | undefined): GraphQLObjectType | undefined {
  if (!type) return undefined;
  return new GraphQLObjectType({ ...type.toConfig(), description: ROOT_DESCRIPTIONS[type.name as keyof typeof ROOT_DESCRIPTIONS] });
}

/** Builds the partner API schema from the module resolvers. */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  const built = await buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
  });
  const config = built.toConfig();
  const query = describeRoot(config.query)!;
  const mutation = describeRoot(config.mutation);
  const types = config.types.filter((t) => t.name !== 'Query' && t.name !== 'Mutation');
  return new GraphQLSchema({ ...config, query, mutation, types });
}

/** The schema as committed in schema/schema.graphql: sorted, printed SDL. */
export function printHubSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
