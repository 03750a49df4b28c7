import {
  type DemoOrganisationSlug,
  type DemoRecommendationSlug,
  type LocalizedText,
  Locale,
  Provenance,
  Region,
  text,
} from '@icssi/platform';
import { CouncilStatus } from '../domain/council-status';
import { ImplementationStatus } from '../domain/implementation-status';

const KURDISH_MACHINE = { [Locale.ckb]: Provenance.MACHINE, [Locale.kmr]: Provenance.MACHINE };

export interface DemoCouncil {
  slug: string;
  name: LocalizedText;
  governorateCode: string;
  region: Region;
  coordinator: DemoOrganisationSlug;
  status: CouncilStatus;
  establishedOn: string | null;
}

export interface DemoImplementation {
  council: string;
  recommendation: DemoRecommendationSlug;
  status: ImplementationStatus;
  progress: number;
  indicatorName: LocalizedText | null;
  baseline: number | null;
  target: number | null;
  actual: number | null;
}

function councilName(en: string, ar: string, ckb: string, kmr: string): LocalizedText {
  return text(
    {
      en: `${en} Social Cohesion Council`,
      ar: `مجلس التماسك الاجتماعي في ${ar}`,
      ckb: `ئەنجومەنی پێکەوەبەستنی کۆمەڵایەتی لە ${ckb}`,
      kmr: `Encumena Hevgirtina Civakî ya ${kmr}`,
    },
    KURDISH_MACHINE,
  );
}

/** The next phase of the project: councils in several governorates, coordinated by civil society. */
export const DEMO_COUNCILS: DemoCouncil[] = [
  {
    slug: 'baghdad-council',
    name: councilName('Baghdad', 'بغداد', 'بەغدا', 'Bexdayê'),
    governorateCode: 'IQ-BG',
    region: Region.FEDERAL_IRAQ,
    coordinator: 'iraqi-social-forum-secretariat',
    status: CouncilStatus.ACTIVE,
    establishedOn: '2026-04-15',
  },
  {
    slug: 'basra-council',
    name: councilName('Basra', 'البصرة', 'بەسرە', 'Besreyê'),
    governorateCode: 'IQ-BA',
    region: Region.FEDERAL_IRAQ,
    coordinator: 'icssi',
    status: CouncilStatus.FORMING,
    establishedOn: null,
  },
  {
    slug: 'nineveh-council',
    name: councilName('Nineveh', 'نينوى', 'نەینەوا', 'Neynewayê'),
    governorateCode: 'IQ-NI',
    region: Region.FEDERAL_IRAQ,
    coordinator: 'icssi',
    status: CouncilStatus.ACTIVE,
    establishedOn: '2026-05-20',
  },
  {
    slug: 'erbil-council',
    name: councilName('Erbil', 'أربيل', 'هەولێر', 'Hewlêrê'),
    governorateCode: 'IQ-AR',
    region: Region.KURDISTAN_REGION,
    coordinator: 'kurdistan-social-forum-secretariat',
    status: CouncilStatus.ACTIVE,
    establishedOn: '2026-06-01',
  },
  {
    slug: 'sulaymaniyah-council',
    name: councilName('Sulaymaniyah', 'السليمانية', 'سلێمانی', 'Silêmaniyê'),
    governorateCode: 'IQ-SU',
    region: Region.KURDISTAN_REGION,
    coordinator: 'peace-and-freedom-organization',
    status: CouncilStatus.FORMING,
    establishedOn: null,
  },
];

// Indicators are shared by councils in both regions, so they are in all four languages.
const dialogues = text(
  {
    en: 'Local dialogue sessions held',
    ar: 'جلسات الحوار المحلي المنعقدة',
    ckb: 'دانیشتنەکانی گفتوگۆی خۆجێیی کە ئەنجامدراون',
    kmr: 'Rûniştinên diyaloga herêmî yên hatine lidarxistin',
  },
  KURDISH_MACHINE,
);
const womenSeats = text(
  {
    en: 'Share of council seats held by women (%)',
    ar: 'نسبة مقاعد المجلس التي تشغلها النساء (%)',
    ckb: 'ڕێژەی ئەو کورسییانەی ئەنجومەن کە ئافرەتان هەیانە (%)',
    kmr: 'Rêjeya kursiyên encumenê yên ku jin digirin (%)',
  },
  KURDISH_MACHINE,
);

export const DEMO_IMPLEMENTATIONS: DemoImplementation[] = [
  {
    council: 'baghdad-council',
    recommendation: 'isf3-civil-peace-councils',
    status: ImplementationStatus.IN_PROGRESS,
    progress: 40,
    indicatorName: dialogues,
    baseline: 0,
    target: 12,
    actual: 5,
  },
  {
    council: 'baghdad-council',
    recommendation: 'isf3-women-in-councils',
    status: ImplementationStatus.IN_PROGRESS,
    progress: 25,
    indicatorName: womenSeats,
    baseline: 10,
    target: 33,
    actual: 18,
  },
  {
    council: 'nineveh-council',
    recommendation: 'isf3-civil-peace-councils',
    status: ImplementationStatus.PLANNED,
    progress: 10,
    indicatorName: dialogues,
    baseline: 0,
    target: 8,
    actual: 0,
  },
  {
    council: 'erbil-council',
    recommendation: 'isf3-youth-in-local-dialogue',
    status: ImplementationStatus.IN_PROGRESS,
    progress: 60,
    indicatorName: dialogues,
    baseline: 0,
    target: 10,
    actual: 6,
  },
  {
    council: 'basra-council',
    recommendation: 'isf3-civil-peace-councils',
    status: ImplementationStatus.NOT_STARTED,
    progress: 0,
    indicatorName: null,
    baseline: null,
    target: null,
    actual: null,
  },
];
