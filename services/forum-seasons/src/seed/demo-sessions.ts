import {
  type DemoOrganisationSlug,
  type DemoRecommendationSlug,
  type LocalizedText,
  Locale,
  Provenance,
  Theme,
  text,
} from '@icssi/platform';
import { SessionFormat } from '../domain/session-format';
import { type DemoForum } from './demo-forums';

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

const KURDISH_MACHINE = { [Locale.ckb]: Provenance.MACHINE, [Locale.kmr]: Provenance.MACHINE };
/** All four languages, Sorani and Kurmanji machine-translated: the sessions are of seasons Kurdistan Region organisations take part in. */
const t4 = (en: string, ar: string, ckb: string, kmr: string) => text({ en, ar, ckb, kmr }, KURDISH_MACHINE);

/** Programme items of three seasons. */
export const DEMO_SESSIONS: DemoSession[] = [
  {
    forum: 'iraqi-social-forum',
    season: 3,
    key: 'opening',
    title: t4(
      'Opening plenary: civil peace after the war',
      'الجلسة الافتتاحية: السلم المدني بعد الحرب',
      'دانیشتنی گشتیی کردنەوە: ئاشتیی مەدەنی دوای جەنگ',
      'Rûniştina giştî ya vekirinê: aştiya sivîl piştî şer',
    ),
    format: SessionFormat.PLENARY,
    themes: [Theme.CIVIL_PEACE_AND_COEXISTENCE],
    startsAt: '2025-10-09T09:00:00+03:00',
    endsAt: '2025-10-09T11:00:00+03:00',
    organisers: ['iraqi-social-forum-secretariat'],
  },
  {
    forum: 'iraqi-social-forum',
    season: 3,
    key: 'youth',
    title: t4(
      'Workshop: young people in local dialogue',
      'ورشة: الشباب في الحوار المحلي',
      'وۆرکشۆپ: گەنجان لە گفتوگۆی خۆجێییدا',
      'Atolye: ciwan di diyaloga herêmî de',
    ),
    format: SessionFormat.WORKSHOP,
    themes: [Theme.YOUTH_PARTICIPATION],
    startsAt: '2025-10-10T10:00:00+03:00',
    endsAt: '2025-10-10T12:00:00+03:00',
    organisers: ['icssi'],
  },
  {
    forum: 'iraqi-social-forum',
    season: 3,
    key: 'assembly',
    title: t4(
      'Convergence assembly on civil peace and coexistence',
      'جمعية التقارب حول السلم المدني والتعايش',
      'کۆڕی لێکنزیکبوونەوە لەسەر ئاشتیی مەدەنی و پێکەوەژیان',
      'Meclîsa hevgihîştinê li ser aştiya sivîl û pêkvejiyanê',
    ),
    format: SessionFormat.CONVERGENCE_ASSEMBLY,
    themes: [Theme.CIVIL_PEACE_AND_COEXISTENCE, Theme.PEACEBUILDING],
    startsAt: '2025-10-11T10:00:00+03:00',
    endsAt: '2025-10-11T13:00:00+03:00',
    organisers: ['iraqi-social-forum-secretariat', 'icssi'],
  },
  {
    forum: 'iraqi-social-forum',
    season: 4,
    key: 'opening',
    title: t4(
      'Opening plenary: youth building peace together',
      'الجلسة الافتتاحية: الشباب يبنون السلام معاً',
      'دانیشتنی گشتیی کردنەوە: گەنجان پێکەوە ئاشتی بنیات دەنێن',
      'Rûniştina giştî ya vekirinê: ciwan bi hev re aştiyê ava dikin',
    ),
    format: SessionFormat.PLENARY,
    themes: [Theme.PEACEBUILDING, Theme.YOUTH_PARTICIPATION],
    startsAt: '2026-12-10T09:00:00+03:00',
    endsAt: '2026-12-10T11:00:00+03:00',
    organisers: ['iraqi-social-forum-secretariat'],
  },
  {
    forum: 'iraqi-social-forum',
    season: 4,
    key: 'music',
    title: t4(
      'Evening of music from every community',
      'أمسية موسيقية من كل المكونات',
      'ئێوارەیەکی مۆسیقا لە هەموو پێکهاتەکانەوە',
      'Êvareke muzîkê ji hemû civakan',
    ),
    format: SessionFormat.CULTURAL,
    themes: [Theme.CIVIL_PEACE_AND_COEXISTENCE],
    startsAt: '2026-12-11T19:00:00+03:00',
    endsAt: '2026-12-11T22:00:00+03:00',
    organisers: ['icssi'],
  },
  {
    forum: 'kurdistan-social-forum',
    season: 1,
    key: 'opening',
    title: t4(
      'Opening plenary: a forum for the whole Kurdistan Region',
      'الجلسة الافتتاحية: منتدى لكل إقليم كوردستان',
      'دانیشتنی گشتیی کردنەوە: مەکۆیەک بۆ سەرجەم هەرێمی کوردستان',
      'Rûniştina giştî ya vekirinê: forumek ji bo tevahiya Herêma Kurdistanê',
    ),
    format: SessionFormat.PLENARY,
    themes: [Theme.DEMOCRATIC_GOVERNANCE, Theme.YOUTH_PARTICIPATION],
    startsAt: '2026-12-17T09:00:00+03:00',
    endsAt: '2026-12-17T10:00:00+03:00',
    organisers: ['kurdistan-social-forum-secretariat'],
  },
  {
    forum: 'kurdistan-social-forum',
    season: 1,
    key: 'expression',
    title: t4(
      'Workshop: protecting those who speak out',
      'ورشة: حماية من يعبّرون عن آرائهم',
      'وۆرکشۆپ: پاراستنی ئەوانەی ڕا دەردەبڕن',
      'Atolye: parastina kesên ku bi eşkere diaxivin',
    ),
    format: SessionFormat.WORKSHOP,
    themes: [Theme.FREEDOM_OF_EXPRESSION],
    startsAt: '2026-12-17T10:30:00+03:00',
    endsAt: '2026-12-17T12:30:00+03:00',
    organisers: ['peace-and-freedom-organization'],
  },
  {
    forum: 'kurdistan-social-forum',
    season: 1,
    key: 'assembly',
    title: t4(
      'Convergence assembly on coexistence in the Kurdistan Region',
      'جمعية التقارب حول التعايش في إقليم كوردستان',
      'کۆڕی لێکنزیکبوونەوە لەسەر پێکەوەژیان لە هەرێمی کوردستان',
      'Meclîsa hevgihîştinê li ser pêkvejiyanê li Herêma Kurdistanê',
    ),
    format: SessionFormat.CONVERGENCE_ASSEMBLY,
    themes: [Theme.CIVIL_PEACE_AND_COEXISTENCE],
    startsAt: '2026-12-19T10:00:00+03:00',
    endsAt: '2026-12-19T13:00:00+03:00',
    organisers: ['kurdistan-social-forum-secretariat', 'peace-and-freedom-organization'],
  },
];

/** The session a recommendation came out of. */
export const DEMO_RECOMMENDATION_SESSIONS: Partial<Record<DemoRecommendationSlug, string>> = {
  'isf3-civil-peace-councils': 'assembly',
  'isf3-youth-in-local-dialogue': 'youth',
  'isf3-women-in-councils': 'assembly',
  'ksf1-freedom-of-expression': 'expression',
  'ksf1-coexistence-education': 'assembly',
};
