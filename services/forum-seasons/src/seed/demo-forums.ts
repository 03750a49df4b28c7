import {
  DemoOrganisationSlug,
  DemoRecommendationSlug,
  LocalizedText,
  Locale,
  Provenance,
  Region,
  Theme,
  text,
} from '@icssi/platform';
import { ForumSeasonStatus } from '../types/forum-season-status.enum';
import { RecommendationStatus } from '../types/recommendation-status.enum';

const KURDISH_MACHINE = { [Locale.ckb]: Provenance.MACHINE, [Locale.kmr]: Provenance.MACHINE };

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
    foundedYear: 2013,
    secretariat: 'iraqi-social-forum-secretariat',
  },
  {
    slug: 'kurdistan-social-forum',
    name: text(
      { en: 'Kurdistan Social Forum', ar: 'المنتدى الاجتماعي الكردستاني', ckb: 'مەکۆی کۆمەڵایەتیی کوردستان', kmr: 'Foruma Civakî ya Kurdistanê' },
      KURDISH_MACHINE,
    ),
    region: Region.KURDISTAN_REGION,
    hostGovernorateCode: 'IQ-AR',
    foundedYear: 2025,
    secretariat: 'kurdistan-social-forum-secretariat',
  },
];

const baghdad = text({ en: 'Baghdad', ar: 'بغداد' });
const erbil = text({ en: 'Erbil', ar: 'أربيل', ckb: 'هەولێر' }, KURDISH_MACHINE);

/** Seasons 1–4 of the Iraqi Social Forum (the 4th at the end of this year) and the 1st of the Kurdistan Social Forum. */
export const DEMO_SEASONS: DemoSeason[] = [
  { forum: 'iraqi-social-forum', number: 1, year: 2013, startDate: '2013-09-26', endDate: '2013-09-28', governorateCode: 'IQ-BG', venue: baghdad, theme: text({ en: 'Another Iraq is possible', ar: 'عراق آخر ممكن' }), status: ForumSeasonStatus.CONCLUDED, participants: ['icssi', 'iraqi-social-forum-secretariat'] },
  { forum: 'iraqi-social-forum', number: 2, year: 2015, startDate: '2015-10-01', endDate: '2015-10-03', governorateCode: 'IQ-BG', venue: baghdad, theme: text({ en: 'Civil society against violence', ar: 'المجتمع المدني ضد العنف' }), status: ForumSeasonStatus.CONCLUDED, participants: ['icssi', 'iraqi-social-forum-secretariat'] },
  { forum: 'iraqi-social-forum', number: 3, year: 2019, startDate: '2019-10-10', endDate: '2019-10-12', governorateCode: 'IQ-BG', venue: baghdad, theme: text({ en: 'Civil peace and coexistence', ar: 'السلم المدني والتعايش' }), status: ForumSeasonStatus.CONCLUDED, participants: ['icssi', 'iraqi-social-forum-secretariat', 'peace-and-freedom-organization'] },
  { forum: 'iraqi-social-forum', number: 4, year: 2026, startDate: '2026-12-10', endDate: '2026-12-12', governorateCode: 'IQ-BG', venue: baghdad, theme: text({ en: 'Youth building peace together', ar: 'الشباب يبنون السلام معاً' }), status: ForumSeasonStatus.PLANNED, participants: ['icssi', 'iraqi-social-forum-secretariat', 'kurdistan-social-forum-secretariat'] },
  { forum: 'kurdistan-social-forum', number: 1, year: 2026, startDate: '2026-12-17', endDate: '2026-12-19', governorateCode: 'IQ-AR', venue: erbil, theme: text({ en: 'Freedom of expression and coexistence', ar: 'حرية التعبير والتعايش', ckb: 'ئازادیی ڕادەربڕین و پێکەوەژیان' }, KURDISH_MACHINE), status: ForumSeasonStatus.PLANNED, participants: ['icssi', 'kurdistan-social-forum-secretariat', 'peace-and-freedom-organization'] },
];

/** Recommendations on civil peace and coexistence, which the cohesion councils implement. */
export const DEMO_RECOMMENDATIONS: DemoRecommendation[] = [
  {
    slug: 'isf3-civil-peace-councils',
    forum: 'iraqi-social-forum',
    season: 3,
    title: text({ en: 'Establish social cohesion councils in the governorates', ar: 'إنشاء مجالس للتماسك الاجتماعي في المحافظات' }),
    text: text({
      en: 'Civil society, local authorities and local leaders form councils that carry the forum’s recommendations on civil peace into each governorate.',
      ar: 'يشكّل المجتمع المدني والسلطات والقادة المحليون مجالس تنقل توصيات المنتدى بشأن السلم المدني إلى كل محافظة.',
    }),
    themes: [Theme.CIVIL_PEACE_AND_COEXISTENCE, Theme.PEACEBUILDING],
    status: RecommendationStatus.ADOPTED,
    adoptedOn: '2019-10-12',
  },
  {
    slug: 'isf3-youth-in-local-dialogue',
    forum: 'iraqi-social-forum',
    season: 3,
    title: text({ en: 'Give young people a seat in local dialogue', ar: 'منح الشباب مقعداً في الحوار المحلي' }),
    text: null,
    themes: [Theme.YOUTH_PARTICIPATION, Theme.CIVIL_PEACE_AND_COEXISTENCE],
    status: RecommendationStatus.ADOPTED,
    adoptedOn: '2019-10-12',
  },
  {
    slug: 'isf3-women-in-councils',
    forum: 'iraqi-social-forum',
    season: 3,
    title: text({ en: 'At least a third of council seats for women', ar: 'ثلث مقاعد المجالس على الأقل للنساء' }),
    text: null,
    themes: [Theme.WOMENS_PARTICIPATION],
    status: RecommendationStatus.ADOPTED,
    adoptedOn: '2019-10-12',
  },
  {
    slug: 'ksf1-freedom-of-expression',
    forum: 'kurdistan-social-forum',
    season: 1,
    title: text({ en: 'Protect journalists and activists who speak out', ar: 'حماية الصحفيين والناشطين الذين يعبّرون عن آرائهم' }),
    text: null,
    themes: [Theme.FREEDOM_OF_EXPRESSION, Theme.HUMAN_RIGHTS],
    status: RecommendationStatus.PROPOSED,
    adoptedOn: null,
  },
  {
    slug: 'ksf1-coexistence-education',
    forum: 'kurdistan-social-forum',
    season: 1,
    title: text({ en: 'Coexistence education in schools', ar: 'التربية على التعايش في المدارس' }),
    text: null,
    themes: [Theme.CIVIL_PEACE_AND_COEXISTENCE],
    status: RecommendationStatus.PROPOSED,
    adoptedOn: null,
  },
];
