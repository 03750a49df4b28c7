import {
  type DemoOrganisationSlug,
  type DemoRecommendationSlug,
  type LocalizedText,
  Locale,
  Provenance,
  Region,
  Theme,
  text,
} from '@icssi/platform';
import { ForumSeasonStatus } from '../domain/forum-season-status';
import { RecommendationStatus } from '../domain/recommendation-status';

const KURDISH_MACHINE = { [Locale.ckb]: Provenance.MACHINE, [Locale.kmr]: Provenance.MACHINE };
/** The Kurdistan Social Forum's Sorani name is its own name (HUMAN); the Kurmanji one is machine-translated. */
const OWN_SORANI_NAME = { [Locale.ckb]: Provenance.HUMAN, [Locale.kmr]: Provenance.MACHINE };

/** English and Arabic (a federal record). */
const t = (en: string, ar: string) => text({ en, ar });
/** All four languages, Sorani and Kurmanji machine-translated: a Kurdistan Region or joint record. */
const t4 = (en: string, ar: string, ckb: string, kmr: string) => text({ en, ar, ckb, kmr }, KURDISH_MACHINE);

export interface DemoForum {
  slug: 'iraqi-social-forum' | 'kurdistan-social-forum';
  name: LocalizedText;
  region: Region;
  hostGovernorateCode: string;
  foundedYear: number;
  secretariat: DemoOrganisationSlug;
}

export interface DemoSeason {
  forum: DemoForum['slug'];
  number: number;
  year: number;
  startDate: string | null;
  endDate: string | null;
  governorateCode: string;
  venue: LocalizedText | null;
  theme: LocalizedText | null;
  status: ForumSeasonStatus;
  participants: DemoOrganisationSlug[];
}

export interface DemoRecommendation {
  slug: DemoRecommendationSlug;
  forum: DemoForum['slug'];
  season: number;
  title: LocalizedText;
  text: LocalizedText | null;
  themes: Theme[];
  status: RecommendationStatus;
  adoptedOn: string | null;
}

export const DEMO_FORUMS: DemoForum[] = [
  {
    slug: 'iraqi-social-forum',
    name: text(
      { en: 'Iraqi Social Forum', ar: 'المنتدى الاجتماعي العراقي', ckb: 'مەکۆی کۆمەڵایەتیی عێراقی', kmr: 'Foruma Civakî ya Iraqê' },
      KURDISH_MACHINE,
    ),
    region: Region.FEDERAL_IRAQ,
    hostGovernorateCode: 'IQ-BG',
    foundedYear: 2023,
    secretariat: 'iraqi-social-forum-secretariat',
  },
  {
    slug: 'kurdistan-social-forum',
    name: text(
      {
        en: 'Kurdistan Social Forum',
        ar: 'المنتدى الاجتماعي الكردستاني',
        ckb: 'مەکۆی کۆمەڵایەتیی کوردستان',
        kmr: 'Foruma Civakî ya Kurdistanê',
      },
      OWN_SORANI_NAME,
    ),
    region: Region.KURDISTAN_REGION,
    hostGovernorateCode: 'IQ-AR',
    foundedYear: 2025,
    secretariat: 'kurdistan-social-forum-secretariat',
  },
];

const baghdad = t('Baghdad', 'بغداد');
/** For seasons in which Kurdistan Region organisations take part, whose texts are in all four languages. */
const baghdadJoint = t4('Baghdad', 'بغداد', 'بەغدا', 'Bexda');
const erbil = t4('Erbil', 'أربيل', 'هەولێر', 'Hewlêr');

/**
 * The Iraqi Social Forum's seasons, about one a year, the 4th at the end of this year; the
 * Kurdistan Social Forum's 1st, a year after it was founded (the source text).
 */
export const DEMO_SEASONS: DemoSeason[] = [
  {
    forum: 'iraqi-social-forum',
    number: 1,
    year: 2023,
    startDate: '2023-11-09',
    endDate: '2023-11-11',
    governorateCode: 'IQ-BG',
    venue: baghdad,
    theme: t('Another Iraq is possible', 'عراق آخر ممكن'),
    status: ForumSeasonStatus.CONCLUDED,
    participants: ['icssi', 'iraqi-social-forum-secretariat'],
  },
  {
    forum: 'iraqi-social-forum',
    number: 2,
    year: 2024,
    startDate: '2024-10-17',
    endDate: '2024-10-19',
    governorateCode: 'IQ-BG',
    venue: baghdad,
    theme: t('Civil society against violence', 'المجتمع المدني ضد العنف'),
    status: ForumSeasonStatus.CONCLUDED,
    participants: ['icssi', 'iraqi-social-forum-secretariat'],
  },
  {
    forum: 'iraqi-social-forum',
    number: 3,
    year: 2025,
    startDate: '2025-10-09',
    endDate: '2025-10-11',
    governorateCode: 'IQ-BG',
    venue: baghdadJoint,
    theme: t4('Civil peace and coexistence', 'السلم المدني والتعايش', 'ئاشتیی مەدەنی و پێکەوەژیان', 'Aştiya sivîl û pêkvejiyan'),
    status: ForumSeasonStatus.CONCLUDED,
    participants: ['icssi', 'iraqi-social-forum-secretariat', 'peace-and-freedom-organization'],
  },
  {
    forum: 'iraqi-social-forum',
    number: 4,
    year: 2026,
    startDate: '2026-12-10',
    endDate: '2026-12-12',
    governorateCode: 'IQ-BG',
    venue: baghdadJoint,
    theme: t4(
      'Youth building peace together',
      'الشباب يبنون السلام معاً',
      'گەنجان پێکەوە ئاشتی بنیات دەنێن',
      'Ciwan bi hev re aştiyê ava dikin',
    ),
    status: ForumSeasonStatus.PLANNED,
    participants: ['icssi', 'iraqi-social-forum-secretariat', 'kurdistan-social-forum-secretariat'],
  },
  {
    forum: 'kurdistan-social-forum',
    number: 1,
    year: 2026,
    startDate: '2026-12-17',
    endDate: '2026-12-19',
    governorateCode: 'IQ-AR',
    venue: erbil,
    theme: t4(
      'Freedom of expression and coexistence',
      'حرية التعبير والتعايش',
      'ئازادیی ڕادەربڕین و پێکەوەژیان',
      'Azadiya derbirînê û pêkvejiyan',
    ),
    status: ForumSeasonStatus.PLANNED,
    participants: ['icssi', 'kurdistan-social-forum-secretariat', 'peace-and-freedom-organization'],
  },
];

/** Recommendations on civil peace and coexistence, which the cohesion councils implement. */
export const DEMO_RECOMMENDATIONS: DemoRecommendation[] = [
  {
    slug: 'isf3-civil-peace-councils',
    forum: 'iraqi-social-forum',
    season: 3,
    title: t4(
      'Establish social cohesion councils in the governorates',
      'إنشاء مجالس للتماسك الاجتماعي في المحافظات',
      'دامەزراندنی ئەنجومەنەکانی پێکەوەبەستنی کۆمەڵایەتی لە پارێزگاکان',
      'Avakirina encumenên hevgirtina civakî li parêzgehan',
    ),
    text: t4(
      'Civil society, local authorities and local leaders form councils that carry the forum’s recommendations on civil peace into each governorate.',
      'يشكّل المجتمع المدني والسلطات والقادة المحليون مجالس تنقل توصيات المنتدى بشأن السلم المدني إلى كل محافظة.',
      'کۆمەڵگەی مەدەنی و دەسەڵاتە خۆجێییەکان و سەرکردە خۆجێییەکان ئەنجومەن پێکدەهێنن کە ڕاسپاردەکانی مەکۆ سەبارەت بە ئاشتیی مەدەنی دەگەیەننە هەموو پارێزگایەک.',
      'Civaka sivîl, desthilatên herêmî û rêberên herêmî encumenan ava dikin ku pêşniyarên forumê yên li ser aştiya sivîl digihînin her parêzgehekê.',
    ),
    themes: [Theme.CIVIL_PEACE_AND_COEXISTENCE, Theme.PEACEBUILDING],
    status: RecommendationStatus.ADOPTED,
    adoptedOn: '2025-10-11',
  },
  {
    slug: 'isf3-youth-in-local-dialogue',
    forum: 'iraqi-social-forum',
    season: 3,
    title: t4(
      'Give young people a seat in local dialogue',
      'منح الشباب مقعداً في الحوار المحلي',
      'کورسییەک بۆ گەنجان لە گفتوگۆی خۆجێییدا',
      'Di diyaloga herêmî de cihek ji ciwanan re',
    ),
    text: t4(
      'Councils reserve seats and speaking time for young people in every local dialogue session.',
      'تخصّص المجالس مقاعد ووقتاً للحديث للشباب في كل جلسة حوار محلي.',
      'ئەنجومەنەکان لە هەموو دانیشتنێکی گفتوگۆی خۆجێییدا کورسی و کاتی قسەکردن بۆ گەنجان تەرخان دەکەن.',
      'Encumen di her rûniştineke diyaloga herêmî de cih û dema axaftinê ji ciwanan re vediqetînin.',
    ),
    themes: [Theme.YOUTH_PARTICIPATION, Theme.CIVIL_PEACE_AND_COEXISTENCE],
    status: RecommendationStatus.ADOPTED,
    adoptedOn: '2025-10-11',
  },
  {
    slug: 'isf3-women-in-councils',
    forum: 'iraqi-social-forum',
    season: 3,
    title: t4(
      'At least a third of council seats for women',
      'ثلث مقاعد المجالس على الأقل للنساء',
      'لانیکەم سێیەکی کورسییەکانی ئەنجومەن بۆ ئافرەتان',
      'Herî kêm sêyeke kursiyên encumenê ji jinan re',
    ),
    text: t4(
      'Women hold at least a third of the seats of every social cohesion council.',
      'تشغل النساء ثلث مقاعد كل مجلس للتماسك الاجتماعي على الأقل.',
      'ئافرەتان لانیکەم سێیەکی کورسییەکانی هەموو ئەنجومەنێکی پێکەوەبەستنی کۆمەڵایەتی دەگرن.',
      'Jin herî kêm sêyeke kursiyên her encumeneke hevgirtina civakî digirin.',
    ),
    themes: [Theme.WOMENS_PARTICIPATION],
    status: RecommendationStatus.ADOPTED,
    adoptedOn: '2025-10-11',
  },
  {
    slug: 'ksf1-freedom-of-expression',
    forum: 'kurdistan-social-forum',
    season: 1,
    title: t4(
      'Protect journalists and activists who speak out',
      'حماية الصحفيين والناشطين الذين يعبّرون عن آرائهم',
      'پاراستنی ئەو ڕۆژنامەنووس و چالاکوانانەی ڕای خۆیان دەردەبڕن',
      'Parastina rojnamevan û çalakvanên ku bi eşkere diaxivin',
    ),
    text: t4(
      'Authorities and civil society agree a procedure to protect journalists and activists who are threatened for what they say.',
      'تتفق السلطات والمجتمع المدني على إجراءات لحماية الصحفيين والناشطين الذين يتعرضون للتهديد بسبب آرائهم.',
      'دەسەڵاتەکان و کۆمەڵگەی مەدەنی لەسەر ڕێکارێک ڕێک دەکەون بۆ پاراستنی ئەو ڕۆژنامەنووس و چالاکوانانەی بەهۆی قسەکانیانەوە هەڕەشەیان لێ دەکرێت.',
      'Desthilat û civaka sivîl li ser prosedurekê li hev dikin da ku rojnamevan û çalakvanên ku ji ber gotinên xwe tên tehdîdkirin biparêzin.',
    ),
    themes: [Theme.FREEDOM_OF_EXPRESSION, Theme.HUMAN_RIGHTS],
    status: RecommendationStatus.PROPOSED,
    adoptedOn: null,
  },
  {
    slug: 'ksf1-coexistence-education',
    forum: 'kurdistan-social-forum',
    season: 1,
    title: t4(
      'Coexistence education in schools',
      'التربية على التعايش في المدارس',
      'پەروەردەی پێکەوەژیان لە قوتابخانەکاندا',
      'Perwerdeya pêkvejiyanê li dibistanan',
    ),
    text: t4(
      'Schools in the Kurdistan Region teach coexistence between the region’s communities and religions.',
      'تعلّم المدارس في إقليم كوردستان التعايش بين مكونات الإقليم وأديانه.',
      'قوتابخانەکانی هەرێمی کوردستان پێکەوەژیانی نێوان پێکهاتە و ئایینەکانی هەرێم فێری قوتابیان دەکەن.',
      'Dibistanên Herêma Kurdistanê pêkvejiyana di navbera civak û olên herêmê de hînî xwendekaran dikin.',
    ),
    themes: [Theme.CIVIL_PEACE_AND_COEXISTENCE],
    status: RecommendationStatus.PROPOSED,
    adoptedOn: null,
  },
];
