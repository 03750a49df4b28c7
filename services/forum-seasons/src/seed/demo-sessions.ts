import { DemoOrganisationSlug, DemoRecommendationSlug, LocalizedText, Theme, text } from '@icssi/platform';
import { SessionFormat } from '../types/session-format.enum';
import { DemoForum } from './demo-forums';

export interface DemoSession {
  forum: DemoForum['slug'];
  season: number;
  key: string;
  title: LocalizedText;
  format: SessionFormat;
  themes: Theme[];
  startsAt: string;
  endsAt: string;
  organisers: DemoOrganisationSlug[];
}

/** Programme items of three seasons. */
export const DEMO_SESSIONS: DemoSession[] = [
  { forum: 'iraqi-social-forum', season: 3, key: 'opening', title: text({ en: 'Opening plenary: civil peace after the war', ar: 'الجلسة الافتتاحية: السلم المدني بعد الحرب' }), format: SessionFormat.PLENARY, themes: [Theme.CIVIL_PEACE_AND_COEXISTENCE], startsAt: '2019-10-10T09:00:00+03:00', endsAt: '2019-10-10T11:00:00+03:00', organisers: ['iraqi-social-forum-secretariat'] },
  { forum: 'iraqi-social-forum', season: 3, key: 'youth', title: text({ en: 'Workshop: young people in local dialogue', ar: 'ورشة: الشباب في الحوار المحلي' }), format: SessionFormat.WORKSHOP, themes: [Theme.YOUTH_PARTICIPATION], startsAt: '2019-10-11T10:00:00+03:00', endsAt: '2019-10-11T12:00:00+03:00', organisers: ['icssi'] },
  { forum: 'iraqi-social-forum', season: 3, key: 'assembly', title: text({ en: 'Convergence assembly on civil peace and coexistence', ar: 'جمعية التقارب حول السلم المدني والتعايش' }), format: SessionFormat.CONVERGENCE_ASSEMBLY, themes: [Theme.CIVIL_PEACE_AND_COEXISTENCE, Theme.PEACEBUILDING], startsAt: '2019-10-12T10:00:00+03:00', endsAt: '2019-10-12T13:00:00+03:00', organisers: ['iraqi-social-forum-secretariat', 'icssi'] },
  { forum: 'iraqi-social-forum', season: 4, key: 'opening', title: text({ en: 'Opening plenary: youth building peace together', ar: 'الجلسة الافتتاحية: الشباب يبنون السلام معاً' }), format: SessionFormat.PLENARY, themes: [Theme.PEACEBUILDING, Theme.YOUTH_PARTICIPATION], startsAt: '2026-12-10T09:00:00+03:00', endsAt: '2026-12-10T11:00:00+03:00', organisers: ['iraqi-social-forum-secretariat'] },
  { forum: 'iraqi-social-forum', season: 4, key: 'music', title: text({ en: 'Evening of music from every community', ar: 'أمسية موسيقية من كل المكونات' }), format: SessionFormat.CULTURAL, themes: [Theme.CIVIL_PEACE_AND_COEXISTENCE], startsAt: '2026-12-11T19:00:00+03:00', endsAt: '2026-12-11T22:00:00+03:00', organisers: ['icssi'] },
  { forum: 'kurdistan-social-forum', season: 1, key: 'expression', title: text({ en: 'Workshop: protecting those who speak out', ar: 'ورشة: حماية من يعبّرون عن آرائهم', ckb: 'وۆرکشۆپ: پاراستنی ئەوانەی ڕا دەردەبڕن' }), format: SessionFormat.WORKSHOP, themes: [Theme.FREEDOM_OF_EXPRESSION], startsAt: '2026-12-17T10:00:00+03:00', endsAt: '2026-12-17T12:00:00+03:00', organisers: ['peace-and-freedom-organization'] },
];

/** The session a recommendation came out of. */
export const DEMO_RECOMMENDATION_SESSIONS: Partial<Record<DemoRecommendationSlug, string>> = {
  'isf3-civil-peace-councils': 'assembly',
  'isf3-youth-in-local-dialogue': 'youth',
  'isf3-women-in-councils': 'assembly',
  'ksf1-freedom-of-expression': 'expression',
};
