import { type LabelTexts, type Locale, type Region, labelsIn, REGION_LABELS } from '@icssi/platform';

/**
 * The words of an export in the caller's language: column headers, measure names and category
 * labels. Category labels come from the graph's `labels` (each subgraph's own enums), so the CSV
 * says what a page says; the export's own words are here. English is the original wording; the
 * Arabic, Sorani and Kurmanji words are machine translations, like the labels'.
 */

/** Which label list of `labels` names the categories of each measure. */
const CATEGORY_LISTS: Record<string, string> = {
  organisationsByKind: 'organisationKinds',
  workingGroupsByTheme: 'themes',
  campaignsByTheme: 'themes',
  campaignsByStatus: 'campaignStatuses',
  actionsByType: 'campaignActionTypes',
  recommendationsAdoptedByTheme: 'themes',
  councilsByStatus: 'councilStatuses',
  councilMembersBySector: 'councilSectors',
  implementationsByStatus: 'implementationStatuses',
  activeMembersByGender: 'personGenders',
};

/** The labels an export needs, in one request through the graph. */
export const EXPORT_LABELS_QUERY = `query ExportLabels($locale: Locale!) {
  labels(locale: $locale) {
    ${[...new Set(Object.values(CATEGORY_LISTS))].map((list) => `${list} { value label }`).join('\n    ')}
  }
}`;

export type ExportLabels = Record<string, Array<{ value: string; label: string }> | null>;

/** The columns of an export. */
export const EXPORT_COLUMNS = [
  'region',
  'region_name',
  'period',
  'from',
  'to',
  'measure',
  'category',
  'dac_sector',
  'value',
  'suppressed',
  'lower_than',
  'measure_name',
  'category_name',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Column headers. English keeps the identifiers spreadsheets and scripts already use. */
const HEADERS: Record<ExportColumn, LabelTexts> = {
  region: { en: 'region', ar: 'المنطقة', ckb: 'هەرێم', kmr: 'herêm' },
  region_name: { en: 'region_name', ar: 'اسم المنطقة', ckb: 'ناوی هەرێم', kmr: 'navê herêmê' },
  period: { en: 'period', ar: 'الفترة', ckb: 'ماوە', kmr: 'dem' },
  from: { en: 'from', ar: 'من', ckb: 'لە', kmr: 'ji' },
  to: { en: 'to', ar: 'إلى', ckb: 'بۆ', kmr: 'heta' },
  measure: { en: 'measure', ar: 'المؤشر', ckb: 'پێوەر', kmr: 'pîvan' },
  measure_name: { en: 'measure_name', ar: 'اسم المؤشر', ckb: 'ناوی پێوەر', kmr: 'navê pîvanê' },
  category: { en: 'category', ar: 'الفئة', ckb: 'پۆل', kmr: 'kategorî' },
  category_name: { en: 'category_name', ar: 'اسم الفئة', ckb: 'ناوی پۆل', kmr: 'navê kategoriyê' },
  dac_sector: { en: 'dac_sector', ar: 'قطاع لجنة المساعدة الإنمائية', ckb: 'کەرتی DAC', kmr: 'sektora DAC' },
  value: { en: 'value', ar: 'القيمة', ckb: 'بەها', kmr: 'nirx' },
  suppressed: { en: 'suppressed', ar: 'محجوبة', ckb: 'شاردراوە', kmr: 'veşartî' },
  lower_than: { en: 'lower_than', ar: 'أقل من', ckb: 'کەمتر لە', kmr: 'kêmtir ji' },
};

/** What each measure counts. */
const MEASURES: Record<string, LabelTexts> = {
  organisationsByKind: {
    en: 'Organisations by kind',
    ar: 'المنظمات حسب النوع',
    ckb: 'ڕێکخراوەکان بەپێی جۆر',
    kmr: 'Rêxistin li gorî cureyê',
  },
  workingGroupsByTheme: {
    en: 'Working groups by theme',
    ar: 'مجموعات العمل حسب الموضوع',
    ckb: 'گرووپەکانی کار بەپێی بابەت',
    kmr: 'Komên karê li gorî mijarê',
  },
  activeMembers: { en: 'Active members', ar: 'الأعضاء النشطون', ckb: 'ئەندامە چالاکەکان', kmr: 'Endamên çalak' },
  activeMembersByGender: {
    en: 'Active members by gender',
    ar: 'الأعضاء النشطون حسب الجنس',
    ckb: 'ئەندامە چالاکەکان بەپێی ڕەگەز',
    kmr: 'Endamên çalak li gorî zayendê',
  },
  activeMembersByAge: {
    en: 'Active members by age',
    ar: 'الأعضاء النشطون حسب العمر',
    ckb: 'ئەندامە چالاکەکان بەپێی تەمەن',
    kmr: 'Endamên çalak li gorî temenê',
  },
  campaignsByTheme: { en: 'Campaigns by theme', ar: 'الحملات حسب الموضوع', ckb: 'هەڵمەتەکان بەپێی بابەت', kmr: 'Kampanya li gorî mijarê' },
  campaignsByStatus: { en: 'Campaigns by status', ar: 'الحملات حسب الحالة', ckb: 'هەڵمەتەکان بەپێی دۆخ', kmr: 'Kampanya li gorî rewşê' },
  actionsByType: {
    en: 'Campaign actions by kind',
    ar: 'أنشطة الحملات حسب النوع',
    ckb: 'چالاکییەکانی هەڵمەت بەپێی جۆر',
    kmr: 'Çalakiyên kampanyayê li gorî cureyê',
  },
  participants: {
    en: 'Participants in campaign actions',
    ar: 'المشاركون في أنشطة الحملات',
    ckb: 'بەشداربووان لە چالاکییەکانی هەڵمەت',
    kmr: 'Beşdarên çalakiyên kampanyayê',
  },
  participantsWomen: {
    en: 'Women among participants',
    ar: 'النساء بين المشاركين',
    ckb: 'ئافرەتان لەنێو بەشداربووان',
    kmr: 'Jin di nav beşdaran de',
  },
  participantsYouth: {
    en: 'Young people among participants',
    ar: 'الشباب بين المشاركين',
    ckb: 'گەنجان لەنێو بەشداربووان',
    kmr: 'Ciwan di nav beşdaran de',
  },
  forumSeasons: { en: 'Forum seasons', ar: 'مواسم المنتدى', ckb: 'وەرزەکانی مەکۆ', kmr: 'Demsalên forumê' },
  forumSessions: { en: 'Forum sessions', ar: 'جلسات المنتدى', ckb: 'دانیشتنەکانی مەکۆ', kmr: 'Rûniştinên forumê' },
  forumParticipatingOrganisations: {
    en: 'Organisations taking part in forum seasons',
    ar: 'المنظمات المشاركة في مواسم المنتدى',
    ckb: 'ڕێکخراوە بەشداربووەکان لە وەرزەکانی مەکۆ',
    kmr: 'Rêxistinên beşdarî demsalên forumê',
  },
  recommendationsAdoptedByTheme: {
    en: 'Recommendations adopted, by theme',
    ar: 'التوصيات المعتمدة حسب الموضوع',
    ckb: 'ڕاسپاردە پەسەندکراوەکان بەپێی بابەت',
    kmr: 'Pêşniyarên pejirandî li gorî mijarê',
  },
  councilsByStatus: {
    en: 'Cohesion councils by status',
    ar: 'مجالس التماسك حسب الحالة',
    ckb: 'ئەنجومەنەکانی پێکەوەبەستن بەپێی دۆخ',
    kmr: 'Encumenên hevgirtinê li gorî rewşê',
  },
  councilMembers: { en: 'Council members', ar: 'أعضاء المجالس', ckb: 'ئەندامانی ئەنجومەن', kmr: 'Endamên encumenê' },
  councilMembersBySector: {
    en: 'Council members by sector',
    ar: 'أعضاء المجالس حسب القطاع',
    ckb: 'ئەندامانی ئەنجومەن بەپێی کەرت',
    kmr: 'Endamên encumenê li gorî sektorê',
  },
  implementationsByStatus: {
    en: 'Implementations by status',
    ar: 'التنفيذ حسب الحالة',
    ckb: 'جێبەجێکردنەکان بەپێی دۆخ',
    kmr: 'Pêkanîn li gorî rewşê',
  },
  averageProgress: {
    en: 'Average implementation progress (%)',
    ar: 'متوسط تقدم التنفيذ (%)',
    ckb: 'تێکڕای پێشکەوتنی جێبەجێکردن (%)',
    kmr: 'Navînciya pêşketina pêkanînê (%)',
  },
  recommendationsImplemented: {
    en: 'Recommendations implemented',
    ar: 'التوصيات المنفّذة',
    ckb: 'ڕاسپاردە جێبەجێکراوەکان',
    kmr: 'Pêşniyarên pêkhatî',
  },
};

/** Age bands of counts of people (as of the period's last day; not an enum of the graph). */
const AGE_BANDS: Record<string, LabelTexts> = {
  AGE_UNDER_15: { en: 'Under 15', ar: 'دون 15 سنة', ckb: 'خوار 15 ساڵ', kmr: 'Di bin 15 salî de' },
  AGE_15_29: { en: '15–29 (youth)', ar: '15–29 (شباب)', ckb: '15–29 (گەنجان)', kmr: '15–29 (ciwan)' },
  AGE_30_44: { en: '30–44', ar: '30–44', ckb: '30–44', kmr: '30–44' },
  AGE_45_AND_OVER: { en: '45 and over', ar: '45 فأكثر', ckb: '45 و سەرووتر', kmr: '45 û zêdetir' },
  AGE_UNKNOWN: { en: 'Age not recorded', ar: 'العمر غير مسجّل', ckb: 'تەمەن تۆمار نەکراوە', kmr: 'Temen nehatiye tomarkirin' },
};

/** The words of one export in one language. */
export class ExportLanguage {
  private readonly categories = new Map<string, string>();
  private readonly regions: Map<string, string>;

  constructor(
    readonly locale: Locale,
    labels: ExportLabels,
  ) {
    for (const [measure, list] of Object.entries(CATEGORY_LISTS)) {
      for (const item of labels[list] ?? []) this.categories.set(`${measure}|${item.value}`, item.label);
    }
    this.regions = new Map(labelsIn(REGION_LABELS, locale).map((item) => [item.value, item.label]));
  }

  header(column: ExportColumn): string {
    return HEADERS[column][this.locale];
  }

  regionName(region: Region): string {
    return this.regions.get(region) ?? region;
  }

  measureName(measure: string): string {
    return MEASURES[measure]?.[this.locale] ?? measure;
  }

  /** The category's label; a category without one (a value newer than this code) is shown as its code. */
  categoryName(measure: string, category: string): string {
    if (!category) return '';
    return this.categories.get(`${measure}|${category}`) ?? AGE_BANDS[category]?.[this.locale] ?? category;
  }
}
