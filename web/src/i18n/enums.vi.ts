import type {
  AccessibilityFeature, AccessibilityStatus, Confidence, FacilityKind, FacilityStatus, OrganizationKind, Ownership,
  ServiceType, StaffRole, TargetGroup,
} from '../api/types.js';

/** Plain Vietnamese words for the contract's enums (Decree 103/2017, Circular 33/2017, QCVN 10). */
export interface EnumLabels {
  kind: Record<FacilityKind, string>;
  ownership: Record<Ownership, string>;
  status: Record<FacilityStatus, string>;
  group: Record<TargetGroup, string>;
  service: Record<ServiceType, string>;
  feature: Record<AccessibilityFeature, string>;
  featureStatus: Record<AccessibilityStatus, string>;
  confidence: Record<Confidence, string>;
  organization: Record<OrganizationKind, string>;
  role: Record<StaffRole, string>;
}

export const enumsVi: EnumLabels = {
  kind: {
    ELDERLY_CARE: 'Chăm sóc người cao tuổi',
    CHILD_CARE: 'Nuôi dưỡng trẻ em',
    DISABILITY_CARE: 'Chăm sóc người khuyết tật',
    MENTAL_HEALTH_CARE: 'Chăm sóc người tâm thần',
    COMPREHENSIVE: 'Trợ giúp xã hội tổng hợp',
    SOCIAL_WORK_CENTRE: 'Trung tâm công tác xã hội',
    SOS_CHILDRENS_VILLAGE: 'Làng trẻ em SOS',
    DRUG_REHABILITATION: 'Cai nghiện ma túy',
    SHELTER: 'Nhà tạm lánh',
    OTHER: 'Loại khác',
  },
  ownership: { PUBLIC: 'Công lập', NON_PUBLIC: 'Ngoài công lập' },
  status: { PLANNED: 'Dự kiến thành lập', OPERATING: 'Đang hoạt động', SUSPENDED: 'Tạm đình chỉ', CLOSED: 'Đã đóng cửa' },
  group: {
    ELDERLY: 'Người cao tuổi',
    CHILDREN: 'Trẻ em có hoàn cảnh đặc biệt',
    PERSONS_WITH_DISABILITIES: 'Người khuyết tật',
    MENTAL_ILLNESS: 'Người tâm thần, rối nhiễu tâm trí',
    HIV_AIDS: 'Người nhiễm HIV/AIDS',
    EMERGENCY_PROTECTION: 'Người cần bảo vệ khẩn cấp',
    DRUG_DEPENDENCE: 'Người nghiện ma túy',
    HOMELESS_WANDERING: 'Người lang thang, không nơi cư trú ổn định',
    VOLUNTARY_CLIENTS: 'Người tự nguyện (có trả phí)',
    OTHER: 'Đối tượng khác',
  },
  service: {
    EMERGENCY_RECEPTION: 'Tiếp nhận khẩn cấp, sàng lọc, chuyển gửi',
    COUNSELLING: 'Tư vấn, trị liệu tâm lý',
    ENTITLEMENT_ADVICE: 'Tư vấn chế độ, chính sách',
    SUPPORT_PLANNING: 'Lập kế hoạch can thiệp, trợ giúp',
    RESIDENTIAL_CARE: 'Nuôi dưỡng, chăm sóc dài hạn',
    PRIMARY_HEALTH_CARE: 'Chăm sóc sức khỏe ban đầu',
    REHABILITATION: 'Phục hồi chức năng, văn hóa, thể thao, lao động',
    EDUCATION: 'Giáo dục phổ thông',
    VOCATIONAL_TRAINING: 'Dạy nghề',
    LIFE_SKILLS: 'Kỹ năng sống, kỹ năng làm cha mẹ',
    CASE_MANAGEMENT: 'Quản lý trường hợp',
    ABUSE_PREVENTION: 'Phòng ngừa xâm hại, bỏ rơi',
    COMMUNITY_DEVELOPMENT: 'Phát triển cộng đồng, mạng lưới tình nguyện viên',
    AWARENESS_RAISING: 'Truyền thông, nâng cao nhận thức',
    REINTEGRATION: 'Hòa nhập gia đình và cộng đồng',
    FEE_BASED_SERVICES: 'Dịch vụ theo yêu cầu (có thu phí)',
    DRUG_TREATMENT: 'Điều trị nghiện ma túy',
    SOCIAL_WORK: 'Dịch vụ công tác xã hội',
  },
  feature: {
    PARKING: 'Chỗ đỗ xe',
    ACCESS_ROUTE: 'Đường tiếp cận',
    ENTRANCE_RAMP: 'Lối vào có đường dốc',
    DOORS: 'Cửa đi đủ rộng cho xe lăn',
    LIFT: 'Thang máy',
    ACCESSIBLE_TOILET: 'Phòng vệ sinh cho người khuyết tật',
    PUBLIC_SPACES: 'Không gian công cộng',
    EMERGENCY_EXIT: 'Lối thoát nạn',
    TACTILE_WARNINGS: 'Bề mặt cảnh báo cho người khiếm thị',
    SIGNAGE: 'Biển báo, chỉ dẫn',
  },
  featureStatus: { MET: 'Đạt', PARTIAL: 'Đạt một phần', NOT_MET: 'Chưa đạt', UNKNOWN: 'Chưa rõ' },
  confidence: {
    VERIFIED_DOCUMENT: 'Đã đối chiếu với văn bản gốc',
    SECONDARY_SOURCE: 'Theo nguồn thứ cấp',
    OFFICIAL_LIST: 'Theo danh sách chính thức',
    ESTIMATE: 'Ước tính, cần xác minh',
    SYNTHETIC: 'Dữ liệu giả lập, không phải sự thật',
  },
  organization: {
    STATE_AGENCY: 'Cơ quan nhà nước',
    NGO: 'Tổ chức phi chính phủ',
    INTERNATIONAL_NGO: 'Tổ chức phi chính phủ nước ngoài',
    RELIGIOUS: 'Tổ chức tôn giáo',
    ENTERPRISE: 'Doanh nghiệp',
    INDIVIDUAL: 'Cá nhân',
  },
  role: {
    SOCIAL_WORKER: 'Nhân viên công tác xã hội',
    PSYCHOLOGIST: 'Chuyên viên tâm lý',
    CARER: 'Nhân viên chăm sóc',
    MEDICAL: 'Nhân viên y tế',
    NUTRITION: 'Nhân viên dinh dưỡng',
    REHABILITATION: 'Nhân viên phục hồi chức năng',
    TEACHER: 'Giáo viên',
    MANAGEMENT: 'Cán bộ quản lý',
    INDIRECT: 'Nhân viên gián tiếp',
  },
};
