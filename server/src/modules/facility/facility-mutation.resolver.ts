import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { ReportCapacityInput } from '../capacity/capacity.input.js';
import { reportCapacity } from '../capacity/capacity.service.js';
import { NotFoundError, UnauthenticatedError } from '../common/errors.js';
import { DateScalar } from '../common/scalars.js';
import { CreateFacilityInput, UpdateFacilityInput } from './facility.input.js';
import { findFacilityBy, type FacilityRecord } from './facility.repository.js';
import { FULL_READ } from './facility.read-plan.js';
import { FacilityType } from './facility.type.js';
import { FacilityWriter } from './facility.writer.js';

function editor(ctx: HubContext): string {
  if (!ctx.viewer.canEdit) throw new UnauthenticatedError();
  return 'admin-api-key';
}

function facilityId(id: string): number {
  const n = Number(id);
  if (!/^\d{1,9}$/.test(id) || n <= 0) throw new NotFoundError('Facility', id);
  return n;
}

async function read(ctx: HubContext, id: number): Promise<FacilityRecord> {
  return (await findFacilityBy(ctx.pools.write, { id }, ctx.viewer, FULL_READ))!;
}

@Resolver()
export class FacilityMutationResolver {
  @Mutation(() => FacilityType, { description: 'Adds a facility. Needs edit rights. Every bad field is reported at once (BAD_USER_INPUT) and nothing is written.' })
  async createFacility(@Ctx() ctx: HubContext, @Arg('input', () => CreateFacilityInput, { description: 'The facility.' }) input: CreateFacilityInput): Promise<FacilityRecord> {
    const id = await new FacilityWriter(ctx.em, editor(ctx)).create(input);
    return read(ctx, id);
  }

  @Mutation(() => FacilityType, { description: 'Patches a facility: absent fields stay, null clears a nullable field. A stale `expectedVersion` is VERSION_CONFLICT and changes nothing.' })
  async updateFacility(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID, { description: 'Facility id.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The `version` the caller read.' }) expectedVersion: number,
    @Arg('input', () => UpdateFacilityInput, { description: 'The fields to change.' }) input: UpdateFacilityInput,
  ): Promise<FacilityRecord> {
    const who = editor(ctx);
    const done = await new FacilityWriter(ctx.em, who).update(facilityId(id), expectedVersion, input);
    return read(ctx, done);
  }

  @Mutation(() => FacilityType, { description: 'Closes a facility on a date, with a reason; the status change is recorded. A stale `expectedVersion` is VERSION_CONFLICT.' })
  async closeFacility(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID, { description: 'Facility id.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The `version` the caller read.' }) expectedVersion: number,
    @Arg('closedOn', () => DateScalar, { description: 'Date of closure (not in the future).' }) closedOn: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why it closed.' }) reason?: string,
  ): Promise<FacilityRecord> {
    const who = editor(ctx);
    const done = await new FacilityWriter(ctx.em, who).close(facilityId(id), expectedVersion, closedOn, reason);
    return read(ctx, done);
  }

  @Mutation(() => FacilityType, { description: 'Files a dated capacity report (places, residents, staff). Residents above places are refused unless `overCapacity` is true.' })
  async reportCapacity(
    @Ctx() ctx: HubContext,
    @Arg('facilityId', () => ID, { description: 'Facility id.' }) id: string,
    @Arg('input', () => ReportCapacityInput, { description: 'The report.' }) input: ReportCapacityInput,
  ): Promise<FacilityRecord> {
    const who = editor(ctx);
    const fid = facilityId(id);
    await reportCapacity(ctx.pools.write, fid, input, who);
    return read(ctx, fid);
  }
}
