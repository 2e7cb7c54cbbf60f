import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import { AdminLevel } from '../common/enums.js';

@ObjectType('AdminUnit', {
  description: 'A province, district or commune of Vietnam, valid over [validFrom, validTo). Codes are GSO codes; the same code can name different units over time (82 was Tiền Giang before 2025-07-01 and is Đồng Tháp since).',
})
export class AdminUnitType {
  @Field(() => ID, { description: 'Opaque identifier of this unit version.' })
  id!: number;

  @Field({ description: 'GSO code (2 digits for provinces, 5 for communes).' })
  code!: string;

  @Field(() => AdminLevel, { description: 'PROVINCE, DISTRICT or COMMUNE.' })
  level!: AdminLevel;

  @Field({ description: 'Vietnamese name, e.g. "Điện Biên".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'English (unaccented) name.' })
  nameEn!: string | null;

  @Field(() => String, { nullable: true, description: 'Full Vietnamese name with the unit type, e.g. "Tỉnh Điện Biên".' })
  fullName!: string | null;

  @Field(() => DateScalar, { description: 'First day on which the unit is valid.' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day on which the unit is no longer valid (half-open); null while it is current.' })
  validTo!: string | null;
}
