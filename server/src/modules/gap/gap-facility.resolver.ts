import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import type { CapacityRecord } from '../capacity/capacity.loaders.js';
import { StaffCount } from '../capacity/capacity.type.js';
import { FacilityType } from '../facility/facility.type.js';
import type { FacilityRecord } from '../facility/facility.repository.js';
import { staffingShortfall } from './gap.staffing.js';

/** Staffing of a facility against Circular 33, from its latest capacity report (joined with the facility, or batched by the request's loader). */
@Resolver(() => FacilityType)
export class GapFacilityResolver {
  @FieldResolver(() => [StaffCount], {
    nullable: true,
    description: 'Staff missing against the norms of Circular 33/2017/TT-BLĐTBXH Art. 5, from the latest capacity report: per role, max(0, required − reported), '
      + 'only roles short of staff (empty when every norm is met), in the order SOCIAL_WORKER, PSYCHOLOGIST, CARER, MEDICAL, NUTRITION, REHABILITATION, TEACHER. '
      + 'Required: carers from residents by care level (1:4 DEPENDENT, 1:10 SELF_CARING, children 1:1 under 18 months, 1:6 to 6 years, 1:10 to 16, '
      + 'with disability 1:4 and 1:5, mental illness 1:2, 1:4, 1:10, wanderers 1:12; fractions added and rounded up once; residents without a care level '
      + 'at the least demanding level of their group); social workers 1 per 100 residents, medical 1 per 50, nutrition 1 per 20 (rounded up); '
      + 'at least 1 psychologist; rehabilitation 1 per 5 persons with disabilities and children with disability; teachers 1 per 9 children aged 6-16. '
      + 'A facility with no residents needs none. Null when no capacity report was filed, or it gives no staff by role or no residents.',
  })
  staffingShortfall(@Root() f: FacilityRecord, @Ctx() ctx: HubContext): StaffCount[] | null | Promise<StaffCount[] | null> {
    return f.relations?.capacity !== undefined ? shortfallOf(f.relations.capacity) : ctx.loaders.latestCapacity.load(f.id).then(shortfallOf);
  }
}

function shortfallOf(report: CapacityRecord | null): StaffCount[] | null {
  if (!report) return null;
  return staffingShortfall({ residents: report.residents, residentsByGroup: report.residentsByGroup ?? [], staffByRole: report.staffByRole ?? [] });
}
