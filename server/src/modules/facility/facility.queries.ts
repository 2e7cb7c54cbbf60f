import type { HubContext } from '../../graphql/context.js';
import type { DirectExecutionOptions } from '../../graphql/direct-execution.js';
import type { SelectionInfo } from '../../graphql/selection.js';
import type { FacilityFilter, FacilityOrder } from './facility.filter.js';
import { facilityReadPlan } from './facility.read-plan.js';
import { FacilityReader } from './facility.service.js';
import { JOINED_RELATION_READERS } from './facility.relations.js';

/**
 * The registry's read queries, shared by their type-graphql resolvers and by direct execution
 * (graphql/direct-execution.ts), so both read exactly the same rows with the same rights.
 */
export const facilityQueries = {
  facility: (ctx: HubContext, args: { id?: string | null; code?: string | null }, info: SelectionInfo) =>
    new FacilityReader(ctx.pools.read, ctx.viewer).get({ id: args.id, code: args.code }, facilityReadPlan(info)),

  facilities: (ctx: HubContext, args: { filter?: FacilityFilter | null; first: number; after?: string | null; orderBy?: FacilityOrder | null }, info: SelectionInfo) =>
    new FacilityReader(ctx.pools.read, ctx.viewer).page({ filter: args.filter, first: args.first, after: args.after, orderBy: args.orderBy }, facilityReadPlan(info)),

  facilitiesNear: (ctx: HubContext, args: { lat: number; lng: number; radiusKm?: number | null; first: number; filter?: FacilityFilter | null }, info: SelectionInfo) =>
    new FacilityReader(ctx.pools.read, ctx.viewer).near({ lat: args.lat, lng: args.lng, radiusKm: args.radiusKm, first: args.first, filter: args.filter }, facilityReadPlan(info)),
};

/** The registry's part of direct execution: its read queries, and relations read from the record. */
export const facilityDirectExecution: DirectExecutionOptions<HubContext> = {
  roots: {
    facility: (args, ctx, info) => facilityQueries.facility(ctx, args, info),
    facilities: (args, ctx, info) => facilityQueries.facilities(ctx, args as Parameters<typeof facilityQueries.facilities>[1], info),
    facilitiesNear: (args, ctx, info) => facilityQueries.facilitiesNear(ctx, args as Parameters<typeof facilityQueries.facilitiesNear>[1], info),
  },
  readers: JOINED_RELATION_READERS,
};
