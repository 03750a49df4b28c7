import { Locale } from './locales';

/**
 * Words for the graph's enum values (statuses, themes, action types, …) in the reader's language.
 *
 * The one place the pages get them from. Until the graph serves localized labels, they come from
 * the table below; a value the table does not know is shown as the graph's code.
 */
export type EnumName =
  | 'Theme'
  | 'Region'
  | 'CampaignStatus'
  | 'CampaignActionType'
  | 'SessionFormat'
  | 'ForumSeasonStatus'
  | 'CouncilStatus'
  | 'ImplementationStatus'
  | 'WorkingGroupStatus'
  | 'MembershipRole'
  | 'RecommendationStatus';

type Words = Record<Locale, string>;

function w(ar: string, ckb: string, kmr: string, en: string): Words {
  return { ar, ckb, kmr, en };
}

const PLANNED = w('مخطط له', 'پلان بۆ دانراو', 'Plankirî', 'Planned');
const ACTIVE = w('فاعل', 'چالاک', 'Çalak', 'Active');
const FORMING = w('قيد التشكيل', 'لە پێکهێناندایە', 'Tê avakirin', 'Forming');

const TABLE: Record<EnumName, Record<string, Words>> = {
  Theme: {
    TRANSPARENCY: w('الشفافية', 'شەفافیەت', 'Zelalî', 'Transparency'),
    PEACEBUILDING: w('بناء السلام', 'بنیاتنانی ئاشتی', 'Avakirina aştiyê', 'Peacebuilding'),
    DEMOCRATIC_GOVERNANCE: w('الحكم الديمقراطي', 'حوکمڕانیی دیموکراسی', 'Rêveberiya demokratîk', 'Democratic governance'),
    WOMENS_PARTICIPATION: w('مشاركة المرأة', 'بەشداریی ئافرەتان', 'Beşdariya jinan', 'Women’s participation'),
    FREEDOM_OF_EXPRESSION: w('حرية التعبير', 'ئازادیی ڕادەربڕین', 'Azadiya derbirînê', 'Freedom of expression'),
    HUMAN_RIGHTS: w('حقوق الإنسان', 'مافەکانی مرۆڤ', 'Mafên mirovan', 'Human rights'),
    CIVIL_PEACE_AND_COEXISTENCE: w('السلم المدني والتعايش', 'ئاشتیی مەدەنی و پێکەوەژیان', 'Aştiya sivîl û pêkvejiyan', 'Civil peace and coexistence'),
    YOUTH_PARTICIPATION: w('مشاركة الشباب', 'بەشداریی گەنجان', 'Beşdariya ciwanan', 'Youth participation'),
  },
  Region: {
    FEDERAL_IRAQ: w('العراق الاتحادي', 'عێراقی فیدراڵ', 'Iraqa Federal', 'Federal Iraq'),
    KURDISTAN_REGION: w('إقليم كوردستان', 'هەرێمی کوردستان', 'Herêma Kurdistanê', 'Kurdistan Region'),
    INTERNATIONAL: w('دولي', 'نێودەوڵەتی', 'Navneteweyî', 'International'),
  },
  CampaignStatus: {
    DRAFT: w('مسودة', 'ڕەشنووس', 'Reşnivîs', 'Draft'),
    PLANNED: w('مخطط لها', 'پلان بۆ دانراو', 'Plankirî', 'Planned'),
    ACTIVE: w('جارية', 'چالاک', 'Çalak', 'Active'),
    COMPLETED: w('مكتملة', 'تەواوبوو', 'Qediyayî', 'Completed'),
    CANCELLED: w('ملغاة', 'هەڵوەشاوە', 'Betalkirî', 'Cancelled'),
  },
  CampaignActionType: {
    PUBLIC_EVENT: w('فعالية عامة', 'چالاکیی گشتی', 'Çalakiya giştî', 'Public event'),
    WORKSHOP: w('ورشة عمل', 'وۆرکشۆپ', 'Atolye', 'Workshop'),
    TRAINING: w('تدريب', 'ڕاهێنان', 'Perwerde', 'Training'),
    MEDIA: w('إعلام', 'ڕاگەیاندن', 'Medya', 'Media'),
    ADVOCACY_MEETING: w('اجتماع مناصرة', 'کۆبوونەوەی داکۆکیکاری', 'Civîna parêzvaniyê', 'Advocacy meeting'),
    PETITION: w('عريضة', 'داواکارینامە', 'Daxwazname', 'Petition'),
    DEMONSTRATION: w('تظاهرة', 'خۆپیشاندان', 'Xwepêşandan', 'Demonstration'),
    CULTURAL_EVENT: w('فعالية ثقافية', 'چالاکیی کولتووری', 'Çalakiya çandî', 'Cultural event'),
  },
  SessionFormat: {
    PLENARY: w('جلسة عامة', 'دانیشتنی گشتی', 'Rûniştina giştî', 'Plenary'),
    WORKSHOP: w('ورشة عمل', 'وۆرکشۆپ', 'Atolye', 'Workshop'),
    CONVERGENCE_ASSEMBLY: w('جمعية التلاقي', 'کۆبوونەوەی یەکگرتن', 'Meclisa hevgirtinê', 'Convergence assembly'),
    CULTURAL: w('ثقافية', 'کولتووری', 'Çandî', 'Cultural'),
  },
  ForumSeasonStatus: {
    PLANNED,
    OPEN: w('منعقد', 'کراوەیە', 'Vekirî', 'Open'),
    CONCLUDED: w('اختُتم', 'کۆتایی هاتووە', 'Bi dawî bûye', 'Concluded'),
  },
  CouncilStatus: {
    FORMING,
    ACTIVE,
    SUSPENDED: w('معلّق', 'ڕاگیراوە', 'Sekinandî', 'Suspended'),
    DISSOLVED: w('منحل', 'هەڵوەشاوەتەوە', 'Hilweşandî', 'Dissolved'),
  },
  ImplementationStatus: {
    NOT_STARTED: w('لم يبدأ', 'دەستی پێنەکردووە', 'Dest pê nekiriye', 'Not started'),
    PLANNED,
    IN_PROGRESS: w('قيد التنفيذ', 'لە جێبەجێکردندایە', 'Di pêvajoyê de', 'In progress'),
    IMPLEMENTED: w('منفَّذ', 'جێبەجێکراوە', 'Pêk hatiye', 'Implemented'),
    STALLED: w('متعثّر', 'ڕاوەستاوە', 'Rawestiyayî', 'Stalled'),
    REJECTED: w('مرفوض', 'ڕەتکراوەتەوە', 'Redkirî', 'Rejected'),
  },
  WorkingGroupStatus: {
    FORMING,
    ACTIVE,
    DORMANT: w('خاملة', 'ناچالاک', 'Bêçalak', 'Dormant'),
    CLOSED: w('مغلقة', 'داخراوە', 'Girtî', 'Closed'),
  },
  MembershipRole: {
    LEAD: w('قيادة المجموعة', 'ڕابەر', 'Rêber', 'Lead'),
    COORDINATOR: w('تنسيق', 'هەماهەنگکار', 'Koordînator', 'Coordinator'),
    MEMBER: w('عضوية', 'ئەندام', 'Endam', 'Member'),
    SPOKESPERSON: w('متحدث رسمي', 'وتەبێژ', 'Berdevk', 'Spokesperson'),
  },
  RecommendationStatus: {
    PROPOSED: w('مقترحة', 'پێشنیارکراو', 'Pêşniyarkirî', 'Proposed'),
    ADOPTED: w('معتمدة', 'پەسەندکراو', 'Pejirandî', 'Adopted'),
    WITHDRAWN: w('مسحوبة', 'کشێنراوەتەوە', 'Vekişandî', 'Withdrawn'),
  },
};

export interface Labels {
  /** The word for an enum value in the reader's language. */
  of(enumName: EnumName, value: string): string;
}

export function labelsFor(locale: Locale): Labels {
  return {
    of: (enumName, value) => TABLE[enumName][value]?.[locale] ?? value,
  };
}
