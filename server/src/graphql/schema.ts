import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { resolvers } from '../modules/index.js';
import { DateTimeScalar } from '../modules/common/scalars.js';
import { answerJoinedRelationsDirectly } from '../modules/facility/facility.relations.js';

const ROOT_DESCRIPTIONS = {
  Query: 'Reads of the social-assistance facility hub: the registry, administrative units, plans, needs and progress.',
  Mutation: 'Changes to the hub; every mutation needs `Authorization: Bearer <key>` with edit rights.',
};

function describeRoot(type: GraphQLObjectType | null | undefined): GraphQLObjectType | undefined {
  if (!type) return undefined;
  return new GraphQLObjectType({ ...type.toConfig(), description: ROOT_DESCRIPTIONS[type.name as keyof typeof ROOT_DESCRIPTIONS] });
}

/**
 * type-graphql wraps every plain field (a property read) in its middleware runner unless the type
 * asks for `simpleResolvers`. The hub registers no middleware and no @Authorized rule, so plain
 * fields are read by graphql's default resolver (a page of 50 facilities has about 500 of them);
 * should middleware or authorisation rules appear, every field keeps type-graphql's wrapper.
 */
function readPlainFieldsDirectly(): void {
  const storage = getMetadataStorage() as unknown as {
    objectTypes: { simpleResolvers?: boolean }[];
    middlewares: unknown[];
    resolverMiddlewares: unknown[];
    authorizedFields: unknown[];
    authorizedResolver: unknown[];
  };
  if (storage.middlewares.length || storage.resolverMiddlewares.length || storage.authorizedFields.length || storage.authorizedResolver.length) return;
  for (const type of storage.objectTypes) type.simpleResolvers ??= true;
}

/** Builds the partner API schema from the module resolvers. */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  readPlainFieldsDirectly();
  const built = await buildSchema({
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes resolver classes as Function[]
    resolvers: resolvers as unknown as [Function, ...Function[]],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
  });
  const config = built.toConfig();
  const query = describeRoot(config.query)!;
  const mutation = describeRoot(config.mutation);
  const types = config.types.filter((t) => t.name !== 'Query' && t.name !== 'Mutation');
  const schema = new GraphQLSchema({ ...config, query, mutation, types });
  answerJoinedRelationsDirectly(schema);
  return schema;
}

/** The schema as committed in schema/schema.graphql: sorted, printed SDL. */
export function printHubSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
