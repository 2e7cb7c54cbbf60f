import { registerEnumType } from 'type-graphql';

/**
 * Enumerations of the partner contract (docs/CONTRACT.md). Each is a frozen value map registered with type-graphql,
 * with a description for the type and for every value.
 */
export function defineEnum<const V extends Record<string, string>>(name: string, description: string, values: V): { [K in keyof V]: K } {
  const map = Object.fromEntries(Object.keys(values).map((k) => [k, k])) as { [K in keyof V]: K };
  registerEnumType(map, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(values).map(([k, d]) => [k, { description: d }])) as never,
  });
  return Object.freeze(map);
}

export const FacilityKind = defineEnum('FacilityKind', 'Type of social-assistance facility (Decree 103/2017 Art. 5, and the wider network).', {
  ELDERLY_CARE: 'Care of older people (cơ sở chăm sóc người cao tuổi).',
  CHILD_CARE: 'Care of children in special circumstances (cơ sở nuôi dưỡng trẻ em có hoàn cảnh đặc biệt).',
  DISABILITY_CARE: 'Care of persons with disabilities (cơ sở chăm sóc người khuyết tật).',
  MENTAL_HEALTH_CARE: 'Care and rehabilitation of people with mental illness or psycho-social disorders.',
  COMPREHENSIVE: 'Comprehensive facility serving several target groups (cơ sở trợ giúp xã hội tổng hợp).',
  SOCIAL_WORK_CENTRE: 'Social work centre (Trung tâm công tác xã hội).',
  SOS_CHILDRENS_VILLAGE: "SOS Children's Village (Làng trẻ em SOS), non-public child care.",
  DRUG_REHABILITATION: 'Drug-rehabilitation centre (Decree 116/2021; provincial police units since 1 March 2025).',
  SHELTER: 'Safe house or temporary shelter for victims of violence or trafficking; its location is never published.',
  OTHER: 'Any other social-assistance facility.',
});
export type FacilityKind = keyof typeof FacilityKind;

export const Ownership = defineEnum('Ownership', 'Who set up and funds the facility (Decree 103/2017).', {
  PUBLIC: 'Public (công lập): set up and funded by a state body.',
  NON_PUBLIC: 'Non-public (ngoài công lập): set up by individuals, organisations or enterprises.',
});
export type Ownership = keyof typeof Ownership;

export const FacilityStatus = defineEnum('FacilityStatus', 'Operating status of a facility.', {
  PLANNED: 'Planned, not yet operating.',
  OPERATING: 'Operating.',
  SUSPENDED: 'Operation suspended (for example a licence suspended for up to 6 months).',
  CLOSED: 'Closed or dissolved; left out of lists unless asked for.',
});
export type FacilityStatus = keyof typeof FacilityStatus;

export const TargetGroup = defineEnum('TargetGroup', 'Group of people a facility serves (Decree 103/2017 Art. 6).', {
  ELDERLY: 'Older people (for example without a carer).',
  CHILDREN: 'Children in special circumstances.',
  PERSONS_WITH_DISABILITIES: 'Persons with disabilities.',
  MENTAL_ILLNESS: 'People with mental illness or psycho-social disorders.',
  HIV_AIDS: 'People living with HIV/AIDS.',
  EMERGENCY_PROTECTION: 'People needing emergency protection (victims of violence, abuse, trafficking, forced labour).',
  DRUG_DEPENDENCE: 'People with drug dependence.',
  HOMELESS_WANDERING: 'People who wander or beg, or have no stable residence.',
  VOLUNTARY_CLIENTS: 'Voluntary, fee-paying clients.',
  OTHER: 'Others, by decision of the provincial chair.',
});
export type TargetGroup = keyof typeof TargetGroup;

export const ServiceType = defineEnum('ServiceType', 'Service or task a facility provides (Decree 103/2017 Art. 7 and more).', {
  EMERGENCY_RECEPTION: 'Emergency reception, screening, referral and temporary shelter.',
  COUNSELLING: 'Counselling and therapy.',
  ENTITLEMENT_ADVICE: 'Advice on entitlements and social-assistance policies.',
  SUPPORT_PLANNING: 'Intervention and support plans.',
  RESIDENTIAL_CARE: 'Long-term residential care (nuôi dưỡng).',
  PRIMARY_HEALTH_CARE: 'Primary health care.',
  REHABILITATION: 'Rehabilitation, culture, sport and productive work.',
  EDUCATION: 'General education.',
  VOCATIONAL_TRAINING: 'Vocational training.',
  LIFE_SKILLS: 'Life-skills and parenting education.',
  CASE_MANAGEMENT: 'Case management (quản lý trường hợp).',
  ABUSE_PREVENTION: 'Prevention of abuse and neglect.',
  COMMUNITY_DEVELOPMENT: 'Community development and volunteer networks.',
  AWARENESS_RAISING: 'Awareness raising.',
  REINTEGRATION: 'Reintegration into family and community.',
  FEE_BASED_SERVICES: 'Fee-based services on demand.',
  DRUG_TREATMENT: 'Drug-dependence treatment.',
  SOCIAL_WORK: 'Social-work services.',
});
export type ServiceType = keyof typeof ServiceType;

export const CareLevel = defineEnum('CareLevel', 'Care level of residents, as used by the staffing norms of Circular 33/2017/TT-BLĐTBXH Art. 5.', {
  SELF_CARING: 'Self-caring adult (older person or person with disability): 1 carer per 10.',
  DEPENDENT: 'Adult not self-caring: 1 carer per 4.',
  INFANT_UNDER_18_MONTHS: 'Child under 18 months: 1 carer per child.',
  CHILD_18_MONTHS_TO_6: 'Child from 18 months to 6 years: 1 carer per 6.',
  CHILD_6_TO_16: 'Child from 6 to 16 years: 1 carer per 10.',
  CHILD_WITH_DISABILITY_UNDER_6: 'Child with disability, mental illness or HIV, 18 months to 6 years: 1 carer per 4.',
  CHILD_WITH_DISABILITY_6_TO_16: 'Child with disability, mental illness or HIV, 6 to 16 years: 1 carer per 5.',
  MENTAL_ESPECIALLY_SEVERE: 'Especially severe mental illness: 1 carer per 2.',
  MENTAL_SEVERE: 'Severe mental illness: 1 carer per 4.',
  MENTAL_STABLE: 'Stable mental illness: 1 carer per 10.',
  WANDERER_AWAITING_RETURN: 'Person who wandered, awaiting return: 1 carer per 12.',
});
export type CareLevel = keyof typeof CareLevel;

export const StaffRole = defineEnum('StaffRole', 'Staff role, as in the staffing norms of Circular 33/2017/TT-BLĐTBXH.', {
  SOCIAL_WORKER: 'Social worker (norm 1 per 100 residents).',
  PSYCHOLOGIST: 'Psychologist (at least 1 per facility).',
  CARER: 'Carer (norm by care level).',
  MEDICAL: 'Medical staff (norm 1 per 50).',
  NUTRITION: 'Nutrition staff (norm 1 per 20).',
  REHABILITATION: 'Rehabilitation staff (norm 1 per 5 needing it).',
  TEACHER: 'Teacher (norm 1 per 9 pupils).',
  MANAGEMENT: 'Management.',
  INDIRECT: 'Indirect staff (at most 20% of all staff).',
});
export type StaffRole = keyof typeof StaffRole;

export const AccessibilityFeature = defineEnum('AccessibilityFeature', 'Section of the accessibility standard QCVN 10 (2014, replaced by QCVN 10:2024/BXD).', {
  PARKING: 'Accessible parking.',
  ACCESS_ROUTE: 'Accessible route from the street to the entrance.',
  ENTRANCE_RAMP: 'Entrance with a ramp (slope at most 1:12).',
  DOORS: 'Doors wide enough for a wheelchair.',
  LIFT: 'Lift, where the building has upper floors.',
  ACCESSIBLE_TOILET: 'Accessible toilet.',
  PUBLIC_SPACES: 'Accessible public spaces.',
  EMERGENCY_EXIT: 'Accessible emergency exits.',
  TACTILE_WARNINGS: 'Tactile warning surfaces.',
  SIGNAGE: 'Accessible signage.',
});
export type AccessibilityFeature = keyof typeof AccessibilityFeature;

export const AccessibilityStatus = defineEnum('AccessibilityStatus', 'Assessment of one accessibility section.', {
  MET: 'The section meets the standard.',
  PARTIAL: 'The section partly meets the standard.',
  NOT_MET: 'The section does not meet the standard.',
  UNKNOWN: 'Not assessed.',
});
export type AccessibilityStatus = keyof typeof AccessibilityStatus;

export const Confidence = defineEnum('Confidence', 'How far a record can be trusted.', {
  VERIFIED_DOCUMENT: 'Read in a source document or legal text.',
  SECONDARY_SOURCE: 'From secondary sources that agree.',
  OFFICIAL_LIST: 'From an official list (imported).',
  ESTIMATE: 'An estimate: to confirm, never a fact.',
  SYNTHETIC: 'Synthetic data for tests and benchmarks: never a fact.',
});
export type Confidence = keyof typeof Confidence;

export const AdminLevel = defineEnum('AdminLevel', 'Level of an administrative unit.', {
  PROVINCE: 'Province or centrally-run city (63 before 1 July 2025, 34 since).',
  DISTRICT: 'District (abolished on 1 July 2025).',
  COMMUNE: 'Commune, ward or special zone.',
});
export type AdminLevel = keyof typeof AdminLevel;

export const LocationPrecision = defineEnum('LocationPrecision', 'How precise a position is.', {
  EXACT: 'Surveyed or geocoded address position.',
  APPROXIMATE: 'Approximate (for example the centre of the city); drawn differently on the map.',
});
export type LocationPrecision = keyof typeof LocationPrecision;

export const OrganizationKind = defineEnum('OrganizationKind', 'Kind of body that runs a facility.', {
  STATE_AGENCY: 'A state agency (ministry, provincial department, police).',
  NGO: 'A domestic non-governmental organisation.',
  INTERNATIONAL_NGO: 'An international non-governmental organisation.',
  RELIGIOUS: 'A religious organisation.',
  ENTERPRISE: 'An enterprise.',
  INDIVIDUAL: 'An individual.',
});
export type OrganizationKind = keyof typeof OrganizationKind;

export const FacilityOrderField = defineEnum('FacilityOrderField', 'Field to order facilities by.', {
  NAME: 'Name.',
  UPDATED_AT: 'Time of the last change.',
  PLACES: 'Places of the latest capacity report (unknown last in descending order, first in ascending).',
});
export type FacilityOrderField = keyof typeof FacilityOrderField;

export const OrderDirection = defineEnum('OrderDirection', 'Sort direction.', {
  ASC: 'Ascending.',
  DESC: 'Descending.',
});
export type OrderDirection = keyof typeof OrderDirection;

/** Values stored in JSON columns. */
export interface AccessibilityItemValue { item: AccessibilityFeature; status: AccessibilityStatus }
export interface ResidentCountValue { group: TargetGroup; careLevel: CareLevel | null; count: number }
export interface StaffCountValue { role: StaffRole; count: number }
