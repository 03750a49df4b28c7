import { enumLabels, labelCatalog } from '@icssi/platform';
import { ForumSeasonStatus } from '../domain/forum-season-status';
import { RecommendationStatus } from '../domain/recommendation-status';
import { SessionFormat } from '../domain/session-format';

/** Labels of this subgraph's enums (English original; Arabic, Sorani and Kurmanji machine-translated). */
export const FORUM_SEASON_STATUS_LABELS = enumLabels(
  ForumSeasonStatus,
  'ForumSeasonStatus',
  labelCatalog<ForumSeasonStatus>({
    PLANNED: { en: 'Planned', ar: 'مخطط له', ckb: 'پلانی بۆ دانراوە', kmr: 'Plankirî' },
    OPEN: { en: 'Under way', ar: 'منعقد', ckb: 'بەڕێوەدەچێت', kmr: 'Didome' },
    CONCLUDED: { en: 'Concluded', ar: 'اختُتم', ckb: 'کۆتایی هاتووە', kmr: 'Bi dawî bûye' },
  }),
  'Forum season statuses',
);

export const SESSION_FORMAT_LABELS = enumLabels(
  SessionFormat,
  'SessionFormat',
  labelCatalog<SessionFormat>({
    PLENARY: { en: 'Plenary', ar: 'جلسة عامة', ckb: 'دانیشتنی گشتی', kmr: 'Rûniştina giştî' },
    WORKSHOP: { en: 'Workshop', ar: 'ورشة عمل', ckb: 'وۆرکشۆپ', kmr: 'Atolye' },
    CONVERGENCE_ASSEMBLY: { en: 'Convergence assembly', ar: 'جمعية التقارب', ckb: 'کۆڕی لێکنزیکبوونەوە', kmr: 'Meclîsa hevgihîştinê' },
    CULTURAL: { en: 'Cultural programme', ar: 'برنامج ثقافي', ckb: 'بەرنامەی کولتووری', kmr: 'Bernameya çandî' },
  }),
  'Session formats',
);

export const RECOMMENDATION_STATUS_LABELS = enumLabels(
  RecommendationStatus,
  'RecommendationStatus',
  labelCatalog<RecommendationStatus>({
    PROPOSED: { en: 'Proposed', ar: 'مقترحة', ckb: 'پێشنیارکراو', kmr: 'Pêşniyarkirî' },
    ADOPTED: { en: 'Adopted', ar: 'معتمدة', ckb: 'پەسەندکراو', kmr: 'Pejirandî' },
    WITHDRAWN: { en: 'Withdrawn', ar: 'مسحوبة', ckb: 'کشێنراوەتەوە', kmr: 'Vekişandî' },
  }),
  'Recommendation statuses',
);
