import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { Location } from '../common/common.types.js';
import { AdminLevel } from '../common/enums.js';
import { DateScalar, todayInVietnam } from '../common/scalars.js';
import { AdminUnitType } from './admin-unit.type.js';
import { findUnitByCode, findUnits, type AdminUnitRecord } from './admin-unit.repository.js';

@Resolver(() => AdminUnitType)
export class AdminUnitResolver {
  @Query(() => [AdminUnitType], { description: 'Administrative units valid on `asOf` (default: today in Asia/Ho_Chi_Minh): 63 provinces before 2025-07-01, 34 since.' })
  adminUnits(
    @Ctx() ctx: HubContext,
    @Arg('level', () => AdminLevel, { nullable: true, description: 'Only units of this level.' }) level?: AdminLevel,
    @Arg('parentCode', () => String, { nullable: true, description: 'Only units under the unit with this code (read as of `asOf`).' }) parentCode?: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date at which the units are read (default: today).' }) asOf?: string,
  ): Promise<AdminUnitRecord[]> {
    return findUnits(ctx.pools.read, { level, parentCode, asOf: asOf ?? todayInVietnam() });
  }

  @Query(() => AdminUnitType, { nullable: true, description: 'The unit with this code as of `asOf` (default: today); null when none.' })
  adminUnit(
    @Ctx() ctx: HubContext,
    @Arg('code', () => String, { description: 'GSO code, e.g. "11".' }) code: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date at which the code is read (default: today).' }) asOf?: string,
  ): Promise<AdminUnitRecord | null> {
    return findUnitByCode(ctx.pools.read, code, asOf ?? todayInVietnam());
  }

  @FieldResolver(() => AdminUnitType, { nullable: true, description: 'The unit this one lies in (a commune\'s province); null for provinces.' })
  parent(@Root() unit: AdminUnitRecord, @Ctx() ctx: HubContext): Promise<AdminUnitRecord | null> | null {
    return unit.parentId == null ? null : ctx.loaders.unitById.load(unit.parentId);
  }

  @FieldResolver(() => Location, { nullable: true, description: 'Capital or administrative-centre point (APPROXIMATE) for provinces; a point inside the unit for communes.' })
  centroid(@Root() unit: AdminUnitRecord): Location | null {
    return unit.lat == null || unit.lng == null ? null : { lat: unit.lat, lng: unit.lng, precision: 'APPROXIMATE' };
  }

  @FieldResolver(() => [AdminUnitType], { description: 'Units this one replaced (for a current province: the legacy provinces merged into it).' })
  predecessors(@Root() unit: AdminUnitRecord, @Ctx() ctx: HubContext): Promise<AdminUnitRecord[]> {
    return ctx.loaders.predecessorsOf.load(unit.id);
  }

  @FieldResolver(() => [AdminUnitType], { description: 'Units that replaced this one (for a legacy province: the current province it became part of).' })
  successors(@Root() unit: AdminUnitRecord, @Ctx() ctx: HubContext): Promise<AdminUnitRecord[]> {
    return ctx.loaders.successorsOf.load(unit.id);
  }
}
