import { enumLabels, labelCatalog } from '@icssi/platform';
import { CampaignActionType } from '../domain/campaign-action-type';
import { CampaignStatus } from '../domain/campaign-status';

/** Labels of this subgraph's enums (English original; Arabic, Sorani and Kurmanji machine-translated). */
export const CAMPAIGN_STATUS_LABELS = enumLabels(
  CampaignStatus,
  'CampaignStatus',
  labelCatalog<CampaignStatus>({
    DRAFT: { en: 'Draft', ar: 'مسودة', ckb: 'ڕەشنووس', kmr: 'Pêşnûme' },
    PLANNED: { en: 'Planned', ar: 'مخطط لها', ckb: 'پلانی بۆ دانراوە', kmr: 'Plankirî' },
    ACTIVE: { en: 'Active', ar: 'جارية', ckb: 'چالاک', kmr: 'Çalak' },
    COMPLETED: { en: 'Completed', ar: 'مكتملة', ckb: 'تەواوبووە', kmr: 'Temam bûye' },
    CANCELLED: { en: 'Cancelled', ar: 'ملغاة', ckb: 'هەڵوەشێنراوەتەوە', kmr: 'Hatiye betalkirin' },
  }),
  'Campaign statuses',
);

export const CAMPAIGN_ACTION_TYPE_LABELS = enumLabels(
  CampaignActionType,
  'CampaignActionType',
  labelCatalog<CampaignActionType>({
    PUBLIC_EVENT: { en: 'Public event', ar: 'فعالية عامة', ckb: 'چالاکیی گشتی', kmr: 'Çalakiya giştî' },
    WORKSHOP: { en: 'Workshop', ar: 'ورشة عمل', ckb: 'وۆرکشۆپ', kmr: 'Atolye' },
    TRAINING: { en: 'Training', ar: 'تدريب', ckb: 'ڕاهێنان', kmr: 'Perwerde' },
    MEDIA: { en: 'Media work', ar: 'عمل إعلامي', ckb: 'کاری میدیایی', kmr: 'Xebata medyayê' },
    ADVOCACY_MEETING: { en: 'Advocacy meeting', ar: 'لقاء مناصرة', ckb: 'کۆبوونەوەی داکۆکیکاری', kmr: 'Civîna parêzvaniyê' },
    PETITION: { en: 'Petition', ar: 'عريضة', ckb: 'داواکارینامە', kmr: 'Daxwazname' },
    DEMONSTRATION: { en: 'Demonstration', ar: 'تظاهرة', ckb: 'خۆپیشاندان', kmr: 'Xwepêşandan' },
    CULTURAL_EVENT: { en: 'Cultural event', ar: 'فعالية ثقافية', ckb: 'چالاکیی کولتووری', kmr: 'Çalakiya çandî' },
  }),
  'Kinds of campaign action',
);
