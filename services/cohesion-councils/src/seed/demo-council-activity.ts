import { type DemoOrganisationSlug, type DemoRecommendationSlug, type LocalizedText, Locale, Provenance, text } from '@icssi/platform';
import { CouncilSector } from '../domain/council-sector';
import { ImplementationStatus } from '../domain/implementation-status';

export interface DemoSeat {
  council: string;
  key: string;
  sector: CouncilSector;
  organisation?: DemoOrganisationSlug;
  /** A fictional demo person (see the organisations seed). */
  person?: string;
  onBehalfOf?: LocalizedText;
}

export interface DemoMeeting {
  council: string;
  key: string;
  heldOn: string;
  governorateCode: string;
  attendance: [total: number, women: number, youth: number];
  summary: LocalizedText;
  recommendations: DemoRecommendationSlug[];
}

export interface DemoUpdate {
  council: string;
  recommendation: DemoRecommendationSlug;
  reportedOn: string;
  progress: number;
  status: ImplementationStatus;
  note: LocalizedText;
}

const KURDISH_MACHINE = { [Locale.ckb]: Provenance.MACHINE, [Locale.kmr]: Provenance.MACHINE };
/** English and Arabic (a federal record). */
const t = (en: string, ar: string) => text({ en, ar });
/** English, Arabic and Kurmanji (machine-translated): a record where Kurmanji speakers live (Nineveh). */
const tk = (en: string, ar: string, kmr: string) => text({ en, ar, kmr }, KURDISH_MACHINE);
/** All four languages, Sorani and Kurmanji machine-translated: a Kurdistan Region record. */
const t4 = (en: string, ar: string, ckb: string, kmr: string) => text({ en, ar, ckb, kmr }, KURDISH_MACHINE);

// Sits on councils in both regions, so it is in all four languages.
const authority = t4('Governorate council', 'مجلس المحافظة', 'ئەنجومەنی پارێزگا', 'Encumena parêzgehê');
const tribal = tk('Tribal elders', 'شيوخ العشائر', 'Rûspiyên eşîran');
const clergy = t('Religious leaders of the governorate', 'القادة الدينيون في المحافظة');

/** Who sits on the councils: civil society, local authorities and local leaders (docs/architecture.md §3). */
export const DEMO_SEATS: DemoSeat[] = [
  { council: 'baghdad-council', key: 'cso', sector: CouncilSector.CIVIL_SOCIETY, organisation: 'iraqi-social-forum-secretariat' },
  { council: 'baghdad-council', key: 'authority', sector: CouncilSector.LOCAL_AUTHORITY, onBehalfOf: authority },
  { council: 'baghdad-council', key: 'religious', sector: CouncilSector.RELIGIOUS_LEADER, onBehalfOf: clergy },
  { council: 'baghdad-council', key: 'women', sector: CouncilSector.WOMEN_REPRESENTATIVE, person: 'person-8' },
  { council: 'baghdad-council', key: 'youth', sector: CouncilSector.YOUTH_REPRESENTATIVE, person: 'person-1' },
  { council: 'nineveh-council', key: 'cso', sector: CouncilSector.CIVIL_SOCIETY, organisation: 'icssi' },
  { council: 'nineveh-council', key: 'tribal', sector: CouncilSector.TRIBAL_LEADER, onBehalfOf: tribal },
  { council: 'nineveh-council', key: 'youth', sector: CouncilSector.YOUTH_REPRESENTATIVE, person: 'person-3' },
  { council: 'erbil-council', key: 'cso', sector: CouncilSector.CIVIL_SOCIETY, organisation: 'kurdistan-social-forum-secretariat' },
  { council: 'erbil-council', key: 'authority', sector: CouncilSector.LOCAL_AUTHORITY, onBehalfOf: authority },
  { council: 'erbil-council', key: 'women', sector: CouncilSector.WOMEN_REPRESENTATIVE, person: 'person-18' },
  { council: 'erbil-council', key: 'youth', sector: CouncilSector.YOUTH_REPRESENTATIVE, person: 'person-13' },
  { council: 'sulaymaniyah-council', key: 'cso', sector: CouncilSector.CIVIL_SOCIETY, organisation: 'peace-and-freedom-organization' },
];

export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    council: 'baghdad-council',
    key: 'founding',
    heldOn: '2026-04-15',
    governorateCode: 'IQ-BG',
    attendance: [22, 9, 8],
    summary: t('Founding meeting; work plan on civil peace adopted.', 'الاجتماع التأسيسي؛ اعتماد خطة العمل حول السلم المدني.'),
    recommendations: ['isf3-civil-peace-councils'],
  },
  {
    council: 'baghdad-council',
    key: 'june',
    heldOn: '2026-06-20',
    governorateCode: 'IQ-BG',
    attendance: [18, 8, 6],
    summary: t('Review of the first dialogue sessions; women’s seats discussed.', 'مراجعة جلسات الحوار الأولى؛ مناقشة مقاعد النساء.'),
    recommendations: ['isf3-civil-peace-councils', 'isf3-women-in-councils'],
  },
  {
    council: 'nineveh-council',
    key: 'founding',
    heldOn: '2026-05-20',
    governorateCode: 'IQ-NI',
    attendance: [16, 5, 4],
    summary: tk(
      'Founding meeting with tribal and religious leaders.',
      'الاجتماع التأسيسي بحضور شيوخ العشائر والقادة الدينيين.',
      'Civîna damezrandinê bi beşdariya rûspiyên eşîran û rêberên olî.',
    ),
    recommendations: ['isf3-civil-peace-councils'],
  },
  {
    council: 'erbil-council',
    key: 'founding',
    heldOn: '2026-06-01',
    governorateCode: 'IQ-AR',
    attendance: [20, 9, 7],
    summary: t4(
      'Founding meeting; youth dialogue programme agreed.',
      'الاجتماع التأسيسي؛ الاتفاق على برنامج الحوار الشبابي.',
      'کۆبوونەوەی دامەزراندن؛ ڕێککەوتن لەسەر بەرنامەی گفتوگۆی گەنجان.',
      'Civîna damezrandinê; li ser bernameya diyaloga ciwanan li hev kirin.',
    ),
    recommendations: ['isf3-youth-in-local-dialogue'],
  },
];

/** Timelines: each implementation moves in dated steps up to its current progress. */
export const DEMO_UPDATES: DemoUpdate[] = [
  {
    council: 'baghdad-council',
    recommendation: 'isf3-civil-peace-councils',
    reportedOn: '2026-05-01',
    progress: 15,
    status: ImplementationStatus.IN_PROGRESS,
    note: t('First two dialogue sessions held.', 'عقد أول جلستي حوار.'),
  },
  {
    council: 'baghdad-council',
    recommendation: 'isf3-civil-peace-councils',
    reportedOn: '2026-07-01',
    progress: 30,
    status: ImplementationStatus.IN_PROGRESS,
    note: t('Four sessions held in total.', 'عقد أربع جلسات في المجموع.'),
  },
  {
    council: 'baghdad-council',
    recommendation: 'isf3-civil-peace-councils',
    reportedOn: '2026-09-01',
    progress: 40,
    status: ImplementationStatus.IN_PROGRESS,
    note: t('Five sessions held; neighbourhood committees forming.', 'عقد خمس جلسات؛ تشكيل لجان الأحياء جارٍ.'),
  },
  {
    council: 'baghdad-council',
    recommendation: 'isf3-women-in-councils',
    reportedOn: '2026-07-15',
    progress: 25,
    status: ImplementationStatus.IN_PROGRESS,
    note: t('Women hold 18% of seats, up from 10%.', 'تشغل النساء 18٪ من المقاعد بعد أن كانت 10٪.'),
  },
  {
    council: 'nineveh-council',
    recommendation: 'isf3-civil-peace-councils',
    reportedOn: '2026-06-15',
    progress: 10,
    status: ImplementationStatus.PLANNED,
    note: tk('Sessions planned for the autumn.', 'الجلسات مخططة للخريف.', 'Rûniştin ji bo payîzê hatine plankirin.'),
  },
  {
    council: 'erbil-council',
    recommendation: 'isf3-youth-in-local-dialogue',
    reportedOn: '2026-07-01',
    progress: 30,
    status: ImplementationStatus.IN_PROGRESS,
    note: t4(
      'Three youth dialogues held.',
      'عقد ثلاثة حوارات شبابية.',
      'سێ گفتوگۆی گەنجان ئەنجامدرا.',
      'Sê diyalogên ciwanan hatin lidarxistin.',
    ),
  },
  {
    council: 'erbil-council',
    recommendation: 'isf3-youth-in-local-dialogue',
    reportedOn: '2026-10-01',
    progress: 60,
    status: ImplementationStatus.IN_PROGRESS,
    note: t4(
      'Six youth dialogues held.',
      'عقد ستة حوارات شبابية.',
      'شەش گفتوگۆی گەنجان ئەنجامدرا.',
      'Şeş diyalogên ciwanan hatin lidarxistin.',
    ),
  },
];
