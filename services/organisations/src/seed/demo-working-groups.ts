import {
  type DemoOrganisationSlug,
  type DemoWorkingGroupSlug,
  type LocalizedText,
  Locale,
  Provenance,
  Region,
  Theme,
  text,
} from '@icssi/platform';

const KURDISH_MACHINE = { [Locale.ckb]: Provenance.MACHINE, [Locale.kmr]: Provenance.MACHINE };

export interface DemoWorkingGroup {
  slug: DemoWorkingGroupSlug;
  name: LocalizedText;
  themes: Theme[];
  region: Region;
  host: DemoOrganisationSlug;
  foundedOn: string;
}

interface TopicNames {
  en: string;
  ar: string;
  ckb: string;
  kmr: string;
}

const TOPICS: Record<string, TopicNames> = {
  transparency: { en: 'Transparency', ar: 'للشفافية', ckb: 'بۆ شەفافیەت', kmr: 'ji bo Zelaliyê' },
  peacebuilding: { en: 'Peacebuilding', ar: 'لبناء السلام', ckb: 'بۆ بنیاتنانی ئاشتی', kmr: 'ji bo Avakirina Aştiyê' },
  governance: { en: 'Democratic Governance', ar: 'للحكم الديمقراطي', ckb: 'بۆ حوکمڕانیی دیموکراسی', kmr: 'ji bo Rêveberiya Demokratîk' },
  women: { en: "Women's Participation", ar: 'لمشاركة المرأة', ckb: 'بۆ بەشداریی ئافرەتان', kmr: 'ji bo Beşdariya Jinan' },
  civilPeace: {
    en: 'Civil Peace and Coexistence',
    ar: 'للسلم المدني والتعايش',
    ckb: 'بۆ ئاشتیی مەدەنی و پێکەوەژیان',
    kmr: 'ji bo Aştiya Sivîl û Pêkvejiyanê',
  },
  expression: { en: 'Freedom of Expression', ar: 'لحرية التعبير', ckb: 'بۆ ئازادیی ڕادەربڕین', kmr: 'ji bo Azadiya Derbirînê' },
};

const REGION_NAMES: Record<'FEDERAL_IRAQ' | 'KURDISTAN_REGION', TopicNames> = {
  FEDERAL_IRAQ: { en: 'Federal Iraq', ar: 'العراق الاتحادي', ckb: 'عێراقی فیدراڵ', kmr: 'Iraqa Federal' },
  KURDISTAN_REGION: { en: 'Kurdistan Region', ar: 'إقليم كردستان', ckb: 'هەرێمی کوردستان', kmr: 'Herêma Kurdistanê' },
};

function groupName(topic: TopicNames, region: 'FEDERAL_IRAQ' | 'KURDISTAN_REGION'): LocalizedText {
  const where = REGION_NAMES[region];
  return text(
    {
      en: `Youth Working Group on ${topic.en} (${where.en})`,
      ar: `مجموعة عمل الشباب ${topic.ar} — ${where.ar}`,
      ckb: `گرووپی کاری گەنجان ${topic.ckb} — ${where.ckb}`,
      kmr: `Koma Karê ya Ciwanan ${topic.kmr} — ${where.kmr}`,
    },
    KURDISH_MACHINE,
  );
}

function group(
  slug: DemoWorkingGroupSlug,
  topic: keyof typeof TOPICS,
  region: 'FEDERAL_IRAQ' | 'KURDISTAN_REGION',
  themes: Theme[],
  host: DemoOrganisationSlug,
): DemoWorkingGroup {
  return { slug, name: groupName(TOPICS[topic], region), themes, region: Region[region], host, foundedOn: '2025-03-01' };
}

/** The ten youth-led working groups of the source: five in federal Iraq, five in the Kurdistan Region. */
export const DEMO_WORKING_GROUPS: DemoWorkingGroup[] = [
  group('fi-transparency', 'transparency', 'FEDERAL_IRAQ', [Theme.TRANSPARENCY], 'iraqi-social-forum-secretariat'),
  group('fi-peacebuilding', 'peacebuilding', 'FEDERAL_IRAQ', [Theme.PEACEBUILDING], 'iraqi-social-forum-secretariat'),
  group('fi-democratic-governance', 'governance', 'FEDERAL_IRAQ', [Theme.DEMOCRATIC_GOVERNANCE], 'iraqi-social-forum-secretariat'),
  group('fi-womens-participation', 'women', 'FEDERAL_IRAQ', [Theme.WOMENS_PARTICIPATION], 'icssi'),
  group(
    'fi-civil-peace',
    'civilPeace',
    'FEDERAL_IRAQ',
    [Theme.CIVIL_PEACE_AND_COEXISTENCE, Theme.HUMAN_RIGHTS],
    'iraqi-social-forum-secretariat',
  ),
  group('kr-transparency', 'transparency', 'KURDISTAN_REGION', [Theme.TRANSPARENCY], 'kurdistan-social-forum-secretariat'),
  group('kr-peacebuilding', 'peacebuilding', 'KURDISTAN_REGION', [Theme.PEACEBUILDING], 'kurdistan-social-forum-secretariat'),
  group('kr-democratic-governance', 'governance', 'KURDISTAN_REGION', [Theme.DEMOCRATIC_GOVERNANCE], 'kurdistan-social-forum-secretariat'),
  group('kr-womens-participation', 'women', 'KURDISTAN_REGION', [Theme.WOMENS_PARTICIPATION], 'kurdistan-social-forum-secretariat'),
  group(
    'kr-freedom-of-expression',
    'expression',
    'KURDISTAN_REGION',
    [Theme.FREEDOM_OF_EXPRESSION, Theme.HUMAN_RIGHTS],
    'peace-and-freedom-organization',
  ),
];
