import {
  Confidence, FacilityKind, FacilityStatus, LocationPrecision, Ownership, ServiceType, TargetGroup,
} from '../common/enums.js';
import type { ColumnAliases } from './csv.columns.js';

/**
 * The documented column set of `import:facilities`: each column accepts a Vietnamese header (first)
 * or an English one. README "Importing official files" lists them; keep both in step.
 */
export const FACILITY_COLUMNS = {
  code: ['ma', 'ma_co_so', 'code'],
  name: ['ten', 'ten_co_so', 'name'],
  nameEn: ['ten_tieng_anh', 'name_en'],
  kind: ['loai_hinh', 'kind'],
  ownership: ['so_huu', 'ownership'],
  status: ['trang_thai', 'status'],
  openedOn: ['ngay_thanh_lap', 'opened_on'],
  closedOn: ['ngay_giai_the', 'closed_on'],
  provinceCode: ['ma_tinh', 'province_code'],
  legacyProvinceCode: ['ma_tinh_cu', 'legacy_province_code'],
  communeCode: ['ma_xa', 'commune_code'],
  address: ['dia_chi', 'address'],
  lat: ['vi_do', 'lat', 'latitude'],
  lng: ['kinh_do', 'lng', 'lon', 'longitude'],
  locationPrecision: ['do_chinh_xac_vi_tri', 'location_precision'],
  locationPrivate: ['an_vi_tri', 'location_private'],
  services: ['dich_vu', 'services'],
  targetGroups: ['doi_tuong', 'target_groups'],
  providesSocialWorkServices: ['cung_cap_dich_vu_ctxh', 'provides_social_work_services'],
  licenceNumber: ['so_giay_phep', 'licence_number'],
  licenceIssuedBy: ['co_quan_cap_phep', 'licence_issued_by'],
  licenceIssuedOn: ['ngay_cap_phep', 'licence_issued_on'],
  phone: ['dien_thoai', 'phone'],
  email: ['email', 'thu_dien_tu'],
  website: ['website', 'trang_web'],
  sourceCitation: ['nguon', 'source'],
  sourceConfidence: ['do_tin_cay', 'confidence'],
} as const satisfies ColumnAliases<string>;

export type FacilityColumn = keyof typeof FACILITY_COLUMNS;

/** Columns a new facility must have (a province may also come from `ma_xa` or `ma_tinh_cu`). */
export const REQUIRED_FOR_NEW: FacilityColumn[] = ['name', 'kind', 'ownership', 'lat', 'lng'];

export const ENUM_VALUES = {
  kind: Object.keys(FacilityKind) as FacilityKind[],
  ownership: Object.keys(Ownership) as Ownership[],
  status: Object.keys(FacilityStatus) as FacilityStatus[],
  locationPrecision: Object.keys(LocationPrecision) as LocationPrecision[],
  services: Object.keys(ServiceType) as ServiceType[],
  targetGroups: Object.keys(TargetGroup) as TargetGroup[],
  sourceConfidence: Object.keys(Confidence) as Confidence[],
};

/** Vietnamese words accepted for enum values (compared without diacritics, words joined by "_"). */
export const ENUM_ALIASES = {
  kind: {
    nguoi_cao_tuoi: 'ELDERLY_CARE', tre_em: 'CHILD_CARE', nguoi_khuyet_tat: 'DISABILITY_CARE', tam_than: 'MENTAL_HEALTH_CARE',
    tong_hop: 'COMPREHENSIVE', cong_tac_xa_hoi: 'SOCIAL_WORK_CENTRE', lang_tre_em_sos: 'SOS_CHILDRENS_VILLAGE', sos: 'SOS_CHILDRENS_VILLAGE',
    cai_nghien: 'DRUG_REHABILITATION', tam_lanh: 'SHELTER', khac: 'OTHER',
  },
  ownership: { cong_lap: 'PUBLIC', ngoai_cong_lap: 'NON_PUBLIC' },
  status: { du_kien: 'PLANNED', dang_hoat_dong: 'OPERATING', hoat_dong: 'OPERATING', tam_dung: 'SUSPENDED', giai_the: 'CLOSED', da_dong_cua: 'CLOSED' },
  locationPrecision: { chinh_xac: 'EXACT', gan_dung: 'APPROXIMATE' },
} as const satisfies Record<string, Record<string, string>>;
