import { enumLabels, labelCatalog } from '@icssi/platform';
import { MembershipRole } from '../types/membership-role.enum';
import { OrganisationKind } from '../types/organisation-kind.enum';
import { OrganisationStatus } from '../types/organisation-status.enum';
import { PartnershipRole } from '../types/partnership-role.enum';
import { PersonGender } from '../types/person-gender.enum';
import { RegistrationStatus } from '../types/registration-status.enum';
import { WorkingGroupStatus } from '../types/working-group-status.enum';

/** Labels of this subgraph's enums (English original; Arabic, Sorani and Kurmanji machine-translated). */
export const ORGANISATION_KIND_LABELS = enumLabels(
  OrganisationKind,
  'OrganisationKind',
  labelCatalog<OrganisationKind>({
    CIVIL_SOCIETY_ORGANISATION: {
      en: 'Civil-society organisation',
      ar: 'منظمة مجتمع مدني',
      ckb: 'ڕێکخراوی کۆمەڵگەی مەدەنی',
      kmr: 'Rêxistina civaka sivîl',
    },
    YOUTH_GROUP: { en: 'Youth group', ar: 'مجموعة شبابية', ckb: 'گرووپی گەنجان', kmr: 'Koma ciwanan' },
    NETWORK: { en: 'Network', ar: 'شبكة', ckb: 'تۆڕ', kmr: 'Tor' },
    FORUM_SECRETARIAT: { en: 'Forum secretariat', ar: 'أمانة منتدى', ckb: 'سکرتاریەتی مەکۆ', kmr: 'Sekreteriya forumê' },
    TRADE_UNION: { en: 'Trade union', ar: 'نقابة', ckb: 'سەندیکا', kmr: 'Sendîka' },
    MEDIA: { en: 'Media', ar: 'وسيلة إعلام', ckb: 'میدیا', kmr: 'Medya' },
    INTERNATIONAL_PARTNER: { en: 'International partner', ar: 'شريك دولي', ckb: 'هاوبەشی نێودەوڵەتی', kmr: 'Hevkarê navneteweyî' },
    DONOR: { en: 'Donor', ar: 'جهة مانحة', ckb: 'لایەنی بەخشەر', kmr: 'Bexşker' },
    PUBLIC_AUTHORITY: { en: 'Public authority', ar: 'سلطة عامة', ckb: 'دەسەڵاتی گشتی', kmr: 'Desthilata giştî' },
  }),
  'Kinds of organisation',
);

export const ORGANISATION_STATUS_LABELS = enumLabels(
  OrganisationStatus,
  'OrganisationStatus',
  labelCatalog<OrganisationStatus>({
    ACTIVE: { en: 'Active', ar: 'نشطة', ckb: 'چالاک', kmr: 'Çalak' },
    INACTIVE: { en: 'Inactive', ar: 'غير نشطة', ckb: 'ناچالاک', kmr: 'Neçalak' },
    ARCHIVED: { en: 'Archived', ar: 'مؤرشفة', ckb: 'ئەرشیفکراو', kmr: 'Arşîvkirî' },
  }),
  'Organisation statuses',
);

export const REGISTRATION_STATUS_LABELS = enumLabels(
  RegistrationStatus,
  'RegistrationStatus',
  labelCatalog<RegistrationStatus>({
    REGISTERED: { en: 'Registered', ar: 'مسجّلة', ckb: 'تۆمارکراو', kmr: 'Tomarkirî' },
    INFORMAL: { en: 'Informal collective', ar: 'تجمّع غير مسجّل', ckb: 'کۆمەڵەی نافەرمی', kmr: 'Koma nefermî' },
  }),
  'Registration statuses',
);

export const PARTNERSHIP_ROLE_LABELS = enumLabels(
  PartnershipRole,
  'PartnershipRole',
  labelCatalog<PartnershipRole>({
    KEY_PARTNER: { en: 'Key partner', ar: 'شريك أساسي', ckb: 'هاوبەشی سەرەکی', kmr: 'Hevkarê sereke' },
    MEMBER_OF: { en: 'Member', ar: 'عضو', ckb: 'ئەندام', kmr: 'Endam' },
    FUNDER: { en: 'Funder', ar: 'جهة ممولة', ckb: 'پاڵپشتی دارایی', kmr: 'Fînansker' },
    IMPLEMENTING_PARTNER: { en: 'Implementing partner', ar: 'شريك منفّذ', ckb: 'هاوبەشی جێبەجێکار', kmr: 'Hevkarê pêkanînê' },
  }),
  'Partnership roles',
);

export const MEMBERSHIP_ROLE_LABELS = enumLabels(
  MembershipRole,
  'MembershipRole',
  labelCatalog<MembershipRole>({
    LEAD: { en: 'Lead', ar: 'قائد', ckb: 'ڕابەر', kmr: 'Rêber' },
    COORDINATOR: { en: 'Coordinator', ar: 'منسّق', ckb: 'هەماهەنگکار', kmr: 'Koordînator' },
    MEMBER: { en: 'Member', ar: 'عضو', ckb: 'ئەندام', kmr: 'Endam' },
    SPOKESPERSON: { en: 'Spokesperson', ar: 'ناطق رسمي', ckb: 'وتەبێژ', kmr: 'Berdevk' },
  }),
  'Membership roles',
);

export const WORKING_GROUP_STATUS_LABELS = enumLabels(
  WorkingGroupStatus,
  'WorkingGroupStatus',
  labelCatalog<WorkingGroupStatus>({
    FORMING: { en: 'Forming', ar: 'قيد التشكيل', ckb: 'لە پێکهێناندایە', kmr: 'Tê avakirin' },
    ACTIVE: { en: 'Active', ar: 'نشطة', ckb: 'چالاک', kmr: 'Çalak' },
    DORMANT: { en: 'Dormant', ar: 'متوقفة حالياً', ckb: 'لە ئێستادا ڕاوەستاوە', kmr: 'Niha rawestiyayî' },
    CLOSED: { en: 'Closed', ar: 'مغلقة', ckb: 'داخراوە', kmr: 'Girtî' },
  }),
  'Working group statuses',
);

/** For the categories of reports (a person's gender is never public). */
export const PERSON_GENDER_LABELS = enumLabels(
  PersonGender,
  'PersonGender',
  labelCatalog<PersonGender>({
    FEMALE: { en: 'Women', ar: 'نساء', ckb: 'ئافرەتان', kmr: 'Jin' },
    MALE: { en: 'Men', ar: 'رجال', ckb: 'پیاوان', kmr: 'Mêr' },
    OTHER: { en: 'Another gender', ar: 'جنس آخر', ckb: 'ڕەگەزێکی تر', kmr: 'Zayendeke din' },
    UNDISCLOSED: { en: 'Not stated', ar: 'غير مصرّح به', ckb: 'دیاری نەکراوە', kmr: 'Nehatiye diyarkirin' },
  }),
  'Genders (report categories)',
);
