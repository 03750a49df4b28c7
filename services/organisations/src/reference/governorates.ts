/**
 * The 19 governorates of Iraq as ICSSI Graph uses them, from data/governorates.csv (ISO 3166-2:IQ and
 * OCHA p-codes; names in four languages). Kurdish names are machine provenance until a native speaker
 * reviews them. A test checks this list against the CSV.
 */
import { Locale, Provenance, Region, type LocalizedText, text } from '@icssi/platform';

export interface GovernorateRecord {
  code: string;
  ochaPcode: string;
  region: Region;
  name: LocalizedText;
  note: string | null;
}

const KURDISH_MACHINE = { [Locale.ckb]: Provenance.MACHINE, [Locale.kmr]: Provenance.MACHINE };

export const GOVERNORATES: readonly GovernorateRecord[] = [
  {
    code: 'IQ-AN',
    ochaPcode: 'IQG01',
    region: Region.FEDERAL_IRAQ,
    name: text({ en: 'Anbar', ar: 'الأنبار', ckb: 'ئەنبار', kmr: 'Enbar' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-BA',
    ochaPcode: 'IQG02',
    region: Region.FEDERAL_IRAQ,
    name: text({ en: 'Basra', ar: 'البصرة', ckb: 'بەسرە', kmr: 'Besre' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-MU',
    ochaPcode: 'IQG03',
    region: Region.FEDERAL_IRAQ,
    name: text({ en: 'Muthanna', ar: 'المثنى', ckb: 'موسەننا', kmr: 'Musena' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-NA',
    ochaPcode: 'IQG04',
    region: Region.FEDERAL_IRAQ,
    name: text({ en: 'Najaf', ar: 'النجف', ckb: 'نەجەف', kmr: 'Necef' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-QA',
    ochaPcode: 'IQG05',
    region: Region.FEDERAL_IRAQ,
    name: text({ en: 'Qadisiyah', ar: 'القادسية', ckb: 'قادسیە', kmr: 'Qadisiye' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-SU',
    ochaPcode: 'IQG06',
    region: Region.KURDISTAN_REGION,
    name: text({ en: 'Sulaymaniyah', ar: 'السليمانية', ckb: 'سلێمانی', kmr: 'Silêmanî' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-BB',
    ochaPcode: 'IQG07',
    region: Region.FEDERAL_IRAQ,
    name: text({ en: 'Babil', ar: 'بابل', ckb: 'بابل', kmr: 'Babil' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-BG',
    ochaPcode: 'IQG08',
    region: Region.FEDERAL_IRAQ,
    name: text({ en: 'Baghdad', ar: 'بغداد', ckb: 'بەغدا', kmr: 'Bexda' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-DA',
    ochaPcode: 'IQG09',
    region: Region.KURDISTAN_REGION,
    name: text({ en: 'Duhok', ar: 'دهوك', ckb: 'دهۆک', kmr: 'Dihok' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-DI',
    ochaPcode: 'IQG10',
    region: Region.FEDERAL_IRAQ,
    name: text({ en: 'Diyala', ar: 'ديالى', ckb: 'دیالە', kmr: 'Diyale' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-AR',
    ochaPcode: 'IQG11',
    region: Region.KURDISTAN_REGION,
    name: text({ en: 'Erbil', ar: 'أربيل', ckb: 'هەولێر', kmr: 'Hewlêr' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-KA',
    ochaPcode: 'IQG12',
    region: Region.FEDERAL_IRAQ,
    name: text({ en: 'Karbala', ar: 'كربلاء', ckb: 'کەربەلا', kmr: 'Kerbela' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-KI',
    ochaPcode: 'IQG13',
    region: Region.FEDERAL_IRAQ,
    name: text({ en: 'Kirkuk', ar: 'كركوك', ckb: 'کەرکووک', kmr: 'Kerkûk' }, KURDISH_MACHINE),
    note: 'disputed territory; administered as a federal governorate',
  },
  {
    code: 'IQ-MA',
    ochaPcode: 'IQG14',
    region: Region.FEDERAL_IRAQ,
    name: text({ en: 'Maysan', ar: 'ميسان', ckb: 'میسان', kmr: 'Mîsan' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-NI',
    ochaPcode: 'IQG15',
    region: Region.FEDERAL_IRAQ,
    name: text({ en: 'Nineveh', ar: 'نينوى', ckb: 'نەینەوا', kmr: 'Neynewa' }, KURDISH_MACHINE),
    note: 'parts are disputed territories',
  },
  {
    code: 'IQ-SD',
    ochaPcode: 'IQG16',
    region: Region.FEDERAL_IRAQ,
    name: text({ en: 'Salah al-Din', ar: 'صلاح الدين', ckb: 'سەلاحەدین', kmr: 'Selahedîn' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-DQ',
    ochaPcode: 'IQG17',
    region: Region.FEDERAL_IRAQ,
    name: text({ en: 'Dhi Qar', ar: 'ذي قار', ckb: 'زیقار', kmr: 'Ziqar' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-WA',
    ochaPcode: 'IQG18',
    region: Region.FEDERAL_IRAQ,
    name: text({ en: 'Wasit', ar: 'واسط', ckb: 'واست', kmr: 'Wasit' }, KURDISH_MACHINE),
    note: null,
  },
  {
    code: 'IQ-HA',
    ochaPcode: 'IQG06Q05',
    region: Region.KURDISTAN_REGION,
    name: text({ en: 'Halabja', ar: 'حلبجة', ckb: 'هەڵەبجە', kmr: 'Helebce' }, KURDISH_MACHINE),
    note: 'a governorate in ISO 3166-2 and for the Kurdistan Region; a district of Sulaymaniyah (IQG06Q05) in the OCHA p-code set',
  },
];
