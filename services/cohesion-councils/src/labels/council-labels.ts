import { enumLabels, labelCatalog } from '@icssi/platform';
import { CouncilSector } from '../types/council-sector.enum';
import { CouncilStatus } from '../types/council-status.enum';
import { ImplementationStatus } from '../types/implementation-status.enum';

/** Labels of this subgraph's enums (English original; Arabic, Sorani and Kurmanji machine-translated). */
export const COUNCIL_STATUS_LABELS = enumLabels(
  CouncilStatus,
  'CouncilStatus',
  labelCatalog<CouncilStatus>({
    FORMING: { en: 'Forming', ar: 'قيد التشكيل', ckb: 'لە پێکهێناندایە', kmr: 'Tê avakirin' },
    ACTIVE: { en: 'Active', ar: 'نشط', ckb: 'چالاک', kmr: 'Çalak' },
    SUSPENDED: { en: 'Suspended', ar: 'معلّق', ckb: 'ڕاگیراوە', kmr: 'Hatiye rawestandin' },
    DISSOLVED: { en: 'Dissolved', ar: 'منحلّ', ckb: 'هەڵوەشاوەتەوە', kmr: 'Hatiye hilweşandin' },
  }),
  'Council statuses',
);

export const COUNCIL_SECTOR_LABELS = enumLabels(
  CouncilSector,
  'CouncilSector',
  labelCatalog<CouncilSector>({
    CIVIL_SOCIETY: { en: 'Civil society', ar: 'المجتمع المدني', ckb: 'کۆمەڵگەی مەدەنی', kmr: 'Civaka sivîl' },
    LOCAL_AUTHORITY: { en: 'Local authority', ar: 'السلطة المحلية', ckb: 'دەسەڵاتی خۆجێیی', kmr: 'Desthilata herêmî' },
    COMMUNITY_LEADER: { en: 'Community leader', ar: 'قائد مجتمعي', ckb: 'ڕابەری کۆمەڵگە', kmr: 'Rêberê civakê' },
    RELIGIOUS_LEADER: { en: 'Religious leader', ar: 'قائد ديني', ckb: 'ڕابەری ئایینی', kmr: 'Rêberê olî' },
    TRIBAL_LEADER: { en: 'Tribal leader', ar: 'شيخ عشيرة', ckb: 'سەرۆک هۆز', kmr: 'Serokê eşîrê' },
    WOMEN_REPRESENTATIVE: { en: 'Women’s representative', ar: 'ممثلة النساء', ckb: 'نوێنەری ئافرەتان', kmr: 'Nûnera jinan' },
    YOUTH_REPRESENTATIVE: { en: 'Youth representative', ar: 'ممثل الشباب', ckb: 'نوێنەری گەنجان', kmr: 'Nûnerê ciwanan' },
  }),
  'Council sectors',
);

export const IMPLEMENTATION_STATUS_LABELS = enumLabels(
  ImplementationStatus,
  'ImplementationStatus',
  labelCatalog<ImplementationStatus>({
    NOT_STARTED: { en: 'Not started', ar: 'لم يبدأ', ckb: 'دەستی پێنەکراوە', kmr: 'Dest pê nebûye' },
    PLANNED: { en: 'Planned', ar: 'مخطط له', ckb: 'پلانی بۆ دانراوە', kmr: 'Plankirî' },
    IN_PROGRESS: { en: 'In progress', ar: 'قيد التنفيذ', ckb: 'لە جێبەجێکردندایە', kmr: 'Tê pêkanîn' },
    IMPLEMENTED: { en: 'Implemented', ar: 'نُفّذ', ckb: 'جێبەجێکراوە', kmr: 'Hatiye pêkanîn' },
    STALLED: { en: 'Stalled', ar: 'متعثّر', ckb: 'ڕاوەستاوە', kmr: 'Rawestiyaye' },
    REJECTED: { en: 'Rejected', ar: 'مرفوض', ckb: 'ڕەتکراوەتەوە', kmr: 'Hatiye redkirin' },
  }),
  'Implementation statuses',
);
