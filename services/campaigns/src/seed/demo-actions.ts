import { type DemoOrganisationSlug, type DemoRecommendationSlug, type LocalizedText, Locale, Provenance, text } from '@icssi/platform';
import { CampaignActionType } from '../domain/campaign-action-type';

export interface DemoAction {
  campaign: string;
  key: string;
  type: CampaignActionType;
  occurredOn: string;
  governorateCode: string;
  description: LocalizedText;
  participants: [total: number, women: number, youth: number] | null;
  outcome: LocalizedText | null;
}

const KURDISH_MACHINE = { [Locale.ckb]: Provenance.MACHINE, [Locale.kmr]: Provenance.MACHINE };

/** English and Arabic (a federal record). */
const t = (en: string, ar: string) => text({ en, ar });
/** English, Arabic and Kurmanji (machine-translated): a record where Kurmanji speakers live (Nineveh). */
const tk = (en: string, ar: string, kmr: string) => text({ en, ar, kmr }, KURDISH_MACHINE);
/** All four languages, Sorani and Kurmanji machine-translated: a Kurdistan Region record. */
const t4 = (en: string, ar: string, ckb: string, kmr: string) => text({ en, ar, ckb, kmr }, KURDISH_MACHINE);

/** Dated actions of the demo campaigns; places are governorates, never addresses. */
export const DEMO_ACTIONS: DemoAction[] = [
  {
    campaign: 'open-budgets-baghdad',
    key: 'launch',
    type: CampaignActionType.PUBLIC_EVENT,
    occurredOn: '2026-01-20',
    governorateCode: 'IQ-BG',
    description: t('Campaign launch with a public reading of the budget', 'إطلاق الحملة بقراءة علنية للموازنة'),
    participants: [120, 48, 85],
    outcome: t('Budget summary published by the governorate council', 'نشر مجلس المحافظة ملخص الموازنة'),
  },
  {
    campaign: 'open-budgets-baghdad',
    key: 'workshop',
    type: CampaignActionType.WORKSHOP,
    occurredOn: '2026-02-14',
    governorateCode: 'IQ-BG',
    description: t('Workshop on reading public budgets', 'ورشة عمل حول قراءة الموازنات العامة'),
    participants: [35, 17, 30],
    outcome: null,
  },
  {
    campaign: 'open-budgets-baghdad',
    key: 'meeting',
    type: CampaignActionType.ADVOCACY_MEETING,
    occurredOn: '2026-03-10',
    governorateCode: 'IQ-BG',
    description: t('Meeting with the finance committee of the governorate council', 'لقاء مع اللجنة المالية في مجلس المحافظة'),
    participants: [9, 4, 6],
    outcome: null,
  },
  {
    campaign: 'peace-week-nineveh',
    key: 'festival',
    type: CampaignActionType.CULTURAL_EVENT,
    occurredOn: '2026-03-21',
    governorateCode: 'IQ-NI',
    description: tk('Music and theatre for coexistence', 'موسيقى ومسرح من أجل التعايش', 'Muzîk û şano ji bo pêkvejiyanê'),
    participants: [300, 140, 210],
    outcome: null,
  },
  {
    campaign: 'peace-week-nineveh',
    key: 'dialogue',
    type: CampaignActionType.WORKSHOP,
    occurredOn: '2026-03-24',
    governorateCode: 'IQ-NI',
    description: tk('Youth dialogue between communities', 'حوار شبابي بين المكونات', 'Diyaloga ciwanan di navbera civakan de'),
    participants: [60, 28, 60],
    outcome: null,
  },
  {
    campaign: 'speak-freely-kurdistan',
    key: 'training',
    type: CampaignActionType.TRAINING,
    occurredOn: '2026-04-20',
    governorateCode: 'IQ-AR',
    description: t4(
      'Digital safety training for young journalists',
      'تدريب على الأمان الرقمي للصحفيين الشباب',
      'ڕاهێنان لەسەر سەلامەتیی دیجیتاڵی بۆ ڕۆژنامەنووسانی گەنج',
      'Perwerdeya ewlehiya dîjîtal ji bo rojnamevanên ciwan',
    ),
    participants: [25, 12, 25],
    outcome: null,
  },
  {
    campaign: 'speak-freely-kurdistan',
    key: 'media',
    type: CampaignActionType.MEDIA,
    occurredOn: '2026-05-03',
    governorateCode: 'IQ-SU',
    description: t4(
      'World Press Freedom Day statements and broadcasts',
      'بيانات وبث في اليوم العالمي لحرية الصحافة',
      'ڕاگەیەندراو و پەخش لە ڕۆژی جیهانیی ئازادیی ڕۆژنامەگەریدا',
      'Daxuyanî û weşan di Roja Cîhanî ya Azadiya Çapemeniyê de',
    ),
    participants: null,
    outcome: null,
  },
  {
    campaign: 'speak-freely-kurdistan',
    key: 'petition',
    type: CampaignActionType.PETITION,
    occurredOn: '2026-06-15',
    governorateCode: 'IQ-DA',
    description: t4(
      'Petition for the protection of journalists',
      'عريضة لحماية الصحفيين',
      'داواکارینامە بۆ پاراستنی ڕۆژنامەنووسان',
      'Daxwazname ji bo parastina rojnamevanan',
    ),
    participants: [1500, 700, 900],
    outcome: t4(
      'Handed to the human rights committee of the Kurdistan Parliament',
      'سُلّمت إلى لجنة حقوق الإنسان في برلمان كوردستان',
      'ڕادەستی لیژنەی مافەکانی مرۆڤی پەرلەمانی کوردستان کرا',
      'Radestî komîteya mafên mirovan a Parlamentoya Kurdistanê hate kirin',
    ),
  },
  {
    campaign: 'accountable-municipalities-erbil',
    key: 'hearing',
    type: CampaignActionType.ADVOCACY_MEETING,
    occurredOn: '2026-06-01',
    governorateCode: 'IQ-AR',
    description: t4(
      'Public hearing with municipal officials',
      'جلسة استماع علنية مع مسؤولي البلدية',
      'دانیشتنی گوێگرتنی ئاشکرا لەگەڵ بەرپرسانی شارەوانی',
      'Guhdariya giştî bi berpirsên şaredariyê re',
    ),
    participants: [80, 30, 50],
    outcome: null,
  },
  {
    campaign: 'neighbours-not-strangers',
    key: 'concert',
    type: CampaignActionType.CULTURAL_EVENT,
    occurredOn: '2026-08-01',
    governorateCode: 'IQ-DI',
    description: t('Neighbourhood concert', 'حفل موسيقي في الحي'),
    participants: [200, 90, 120],
    outcome: null,
  },
  {
    campaign: 'women-lead-kurdistan',
    key: 'march8',
    type: CampaignActionType.PUBLIC_EVENT,
    occurredOn: '2026-03-08',
    governorateCode: 'IQ-SU',
    description: t4(
      'International Women’s Day forum',
      'منتدى اليوم الدولي للمرأة',
      'کۆڕی ڕۆژی نێودەوڵەتیی ئافرەتان',
      'Civîna Roja Jinan a Navneteweyî',
    ),
    participants: [150, 120, 70],
    outcome: null,
  },
  {
    campaign: 'citizens-budget-hearings',
    key: 'hearing',
    type: CampaignActionType.ADVOCACY_MEETING,
    occurredOn: '2026-07-05',
    governorateCode: 'IQ-BB',
    description: t('Citizens’ hearing on the provincial budget', 'جلسة استماع للمواطنين حول موازنة المحافظة'),
    participants: [4, 2, 3],
    outcome: null,
  },
  {
    campaign: 'youth-in-local-councils-kurdistan',
    key: 'training',
    type: CampaignActionType.TRAINING,
    occurredOn: '2026-09-20',
    governorateCode: 'IQ-SU',
    description: t4(
      'How local councils work: training for youth',
      'كيف تعمل المجالس المحلية: تدريب للشباب',
      'ئەنجومەنە خۆجێییەکان چۆن کار دەکەن: ڕاهێنان بۆ گەنجان',
      'Encumenên herêmî çawa dixebitin: perwerde ji bo ciwanan',
    ),
    participants: [30, 14, 30],
    outcome: null,
  },
];

export const DEMO_PARTNERS: Array<{ campaign: string; organisation: DemoOrganisationSlug }> = [
  { campaign: 'joint-nonviolence-and-coexistence', organisation: 'iraqi-social-forum-secretariat' },
  { campaign: 'joint-nonviolence-and-coexistence', organisation: 'kurdistan-social-forum-secretariat' },
  { campaign: 'joint-nonviolence-and-coexistence', organisation: 'peace-and-freedom-organization' },
  { campaign: 'speak-freely-kurdistan', organisation: 'kurdistan-social-forum-secretariat' },
];

export const DEMO_ADVANCES: Array<{ campaign: string; recommendation: DemoRecommendationSlug }> = [
  { campaign: 'joint-nonviolence-and-coexistence', recommendation: 'isf3-civil-peace-councils' },
  { campaign: 'neighbours-not-strangers', recommendation: 'isf3-civil-peace-councils' },
  { campaign: 'women-in-local-decisions', recommendation: 'isf3-women-in-councils' },
  { campaign: 'youth-in-local-councils-kurdistan', recommendation: 'isf3-youth-in-local-dialogue' },
  { campaign: 'speak-freely-kurdistan', recommendation: 'ksf1-freedom-of-expression' },
];
