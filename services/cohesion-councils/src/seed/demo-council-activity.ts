import { DemoOrganisationSlug, DemoRecommendationSlug, LocalizedText, text } from '@icssi/platform';
import { CouncilSector } from '../types/council-sector.enum';
import { ImplementationStatus } from '../types/implementation-status.enum';

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

const authority = text({ en: 'Governorate council', ar: 'مجلس المحافظة', ckb: 'ئەنجومەنی پارێزگا' });
const tribal = text({ en: 'Tribal elders', ar: 'شيوخ العشائر' });
const clergy = text({ en: 'Religious leaders of the governorate', ar: 'القادة الدينيون في المحافظة' });

/** Who sits on the councils: civil society, local authorities and local leaders (DESIGN.md §3). */
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
  { council: 'baghdad-council', key: 'founding', heldOn: '2026-04-15', governorateCode: 'IQ-BG', attendance: [22, 9, 8], summary: text({ en: 'Founding meeting; work plan on civil peace adopted.', ar: 'الاجتماع التأسيسي؛ اعتماد خطة العمل حول السلم المدني.' }), recommendations: ['isf3-civil-peace-councils'] },
  { council: 'baghdad-council', key: 'june', heldOn: '2026-06-20', governorateCode: 'IQ-BG', attendance: [18, 8, 6], summary: text({ en: 'Review of the first dialogue sessions; women’s seats discussed.', ar: 'مراجعة جلسات الحوار الأولى؛ مناقشة مقاعد النساء.' }), recommendations: ['isf3-civil-peace-councils', 'isf3-women-in-councils'] },
  { council: 'nineveh-council', key: 'founding', heldOn: '2026-05-20', governorateCode: 'IQ-NI', attendance: [16, 5, 4], summary: text({ en: 'Founding meeting with tribal and religious leaders.', ar: 'الاجتماع التأسيسي بحضور شيوخ العشائر والقادة الدينيين.' }), recommendations: ['isf3-civil-peace-councils'] },
  { council: 'erbil-council', key: 'founding', heldOn: '2026-06-01', governorateCode: 'IQ-AR', attendance: [20, 9, 7], summary: text({ en: 'Founding meeting; youth dialogue programme agreed.', ar: 'الاجتماع التأسيسي؛ الاتفاق على برنامج الحوار الشبابي.', ckb: 'کۆبوونەوەی دامەزراندن؛ ڕێککەوتن لەسەر بەرنامەی گفتوگۆی گەنجان.' }), recommendations: ['isf3-youth-in-local-dialogue'] },
];

/** Timelines: each implementation moves in dated steps up to its current progress. */
export const DEMO_UPDATES: DemoUpdate[] = [
  { council: 'baghdad-council', recommendation: 'isf3-civil-peace-councils', reportedOn: '2026-05-01', progress: 15, status: ImplementationStatus.IN_PROGRESS, note: text({ en: 'First two dialogue sessions held.', ar: 'عقد أول جلستي حوار.' }) },
  { council: 'baghdad-council', recommendation: 'isf3-civil-peace-councils', reportedOn: '2026-07-01', progress: 30, status: ImplementationStatus.IN_PROGRESS, note: text({ en: 'Four sessions held in total.', ar: 'عقد أربع جلسات في المجموع.' }) },
  { council: 'baghdad-council', recommendation: 'isf3-civil-peace-councils', reportedOn: '2026-09-01', progress: 40, status: ImplementationStatus.IN_PROGRESS, note: text({ en: 'Five sessions held; neighbourhood committees forming.', ar: 'عقد خمس جلسات؛ تشكيل لجان الأحياء جارٍ.' }) },
  { council: 'baghdad-council', recommendation: 'isf3-women-in-councils', reportedOn: '2026-07-15', progress: 25, status: ImplementationStatus.IN_PROGRESS, note: text({ en: 'Women hold 18% of seats, up from 10%.', ar: 'تشغل النساء 18٪ من المقاعد بعد أن كانت 10٪.' }) },
  { council: 'nineveh-council', recommendation: 'isf3-civil-peace-councils', reportedOn: '2026-06-15', progress: 10, status: ImplementationStatus.PLANNED, note: text({ en: 'Sessions planned for the autumn.', ar: 'الجلسات مخططة للخريف.' }) },
  { council: 'erbil-council', recommendation: 'isf3-youth-in-local-dialogue', reportedOn: '2026-07-01', progress: 30, status: ImplementationStatus.IN_PROGRESS, note: text({ en: 'Three youth dialogues held.', ar: 'عقد ثلاثة حوارات شبابية.', ckb: 'سێ گفتوگۆی گەنجان ئەنجامدرا.' }) },
  { council: 'erbil-council', recommendation: 'isf3-youth-in-local-dialogue', reportedOn: '2026-10-01', progress: 60, status: ImplementationStatus.IN_PROGRESS, note: text({ en: 'Six youth dialogues held.', ar: 'عقد ستة حوارات شبابية.', ckb: 'شەش گفتوگۆی گەنجان ئەنجامدرا.' }) },
];
