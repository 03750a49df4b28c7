import { Region } from '../../graphql/region.enum';
import { Theme } from '../../graphql/theme.enum';
import { Locale } from '../locale';
import { Provenance } from '../localized-text';
import { enumLabels } from './enum-label.type';
import { labelCatalog } from './label-catalog';

/**
 * Labels of the enums every subgraph shares (docs/architecture.md §3), defined once here and served by the
 * organisations subgraph, which answers `labels(locale)`.
 */
export const THEME_LABELS = enumLabels(
  Theme,
  'Theme',
  labelCatalog<Theme>({
    TRANSPARENCY: { en: 'Transparency', ar: 'الشفافية', ckb: 'شەفافیەت', kmr: 'Zelalî' },
    PEACEBUILDING: { en: 'Peacebuilding', ar: 'بناء السلام', ckb: 'بنیاتنانی ئاشتی', kmr: 'Avakirina aştiyê' },
    DEMOCRATIC_GOVERNANCE: {
      en: 'Democratic governance',
      ar: 'الحكم الديمقراطي',
      ckb: 'حوکمڕانیی دیموکراسی',
      kmr: 'Rêveberiya demokratîk',
    },
    WOMENS_PARTICIPATION: { en: 'Women’s participation', ar: 'مشاركة المرأة', ckb: 'بەشداریی ئافرەتان', kmr: 'Beşdariya jinan' },
    FREEDOM_OF_EXPRESSION: { en: 'Freedom of expression', ar: 'حرية التعبير', ckb: 'ئازادیی ڕادەربڕین', kmr: 'Azadiya derbirînê' },
    HUMAN_RIGHTS: { en: 'Human rights', ar: 'حقوق الإنسان', ckb: 'مافەکانی مرۆڤ', kmr: 'Mafên mirovan' },
    CIVIL_PEACE_AND_COEXISTENCE: {
      en: 'Civil peace and coexistence',
      ar: 'السلم المدني والتعايش',
      ckb: 'ئاشتیی مەدەنی و پێکەوەژیان',
      kmr: 'Aştiya sivîl û pêkvejiyan',
    },
    YOUTH_PARTICIPATION: { en: 'Youth participation', ar: 'مشاركة الشباب', ckb: 'بەشداریی گەنجان', kmr: 'Beşdariya ciwanan' },
  }),
  'Themes',
);

export const REGION_LABELS = enumLabels(
  Region,
  'Region',
  labelCatalog<Region>({
    FEDERAL_IRAQ: { en: 'Federal Iraq', ar: 'العراق الاتحادي', ckb: 'عێراقی فیدراڵ', kmr: 'Iraqa federal' },
    KURDISTAN_REGION: { en: 'Kurdistan Region', ar: 'إقليم كوردستان', ckb: 'هەرێمی کوردستان', kmr: 'Herêma Kurdistanê' },
    INTERNATIONAL: { en: 'International', ar: 'دولي', ckb: 'نێودەوڵەتی', kmr: 'Navneteweyî' },
  }),
  'Regions',
);

/** Language names in the requested language (for a language switcher, ask each locale for its own name). */
export const LOCALE_LABELS = enumLabels(
  Locale,
  'Locale',
  labelCatalog<Locale>({
    ar: { en: 'Arabic', ar: 'العربية', ckb: 'عەرەبی', kmr: 'Erebî' },
    ckb: {
      en: 'Central Kurdish (Sorani)',
      ar: 'الكردية الوسطى (السورانية)',
      ckb: 'کوردیی ناوەندی (سۆرانی)',
      kmr: 'Kurdiya navendî (Soranî)',
    },
    kmr: {
      en: 'Northern Kurdish (Kurmanji)',
      ar: 'الكردية الشمالية (الكرمانجية)',
      ckb: 'کوردیی باکووری (کرمانجی)',
      kmr: 'Kurdiya bakur (Kurmancî)',
    },
    en: { en: 'English', ar: 'الإنجليزية', ckb: 'ئینگلیزی', kmr: 'Îngilîzî' },
  }),
  'Languages',
);

/** What a page writes beside a machine translation. */
export const PROVENANCE_LABELS = enumLabels(
  Provenance,
  'Provenance',
  labelCatalog<Provenance>({
    HUMAN: { en: 'Written by a person', ar: 'كتبه شخص', ckb: 'لەلایەن کەسێکەوە نووسراوە', kmr: 'Ji aliyê kesekî ve hatiye nivîsîn' },
    MACHINE: {
      en: 'Machine translation, not yet reviewed',
      ar: 'ترجمة آلية لم تُراجَع بعد',
      ckb: 'وەرگێڕانی ئامێر، هێشتا پێداچوونەوەی بۆ نەکراوە',
      kmr: 'Wergera makîneyê, hêj nehatiye kontrolkirin',
    },
    REVIEWED: {
      en: 'Machine translation, reviewed',
      ar: 'ترجمة آلية تمت مراجعتها',
      ckb: 'وەرگێڕانی ئامێر، پێداچوونەوەی بۆ کراوە',
      kmr: 'Wergera makîneyê, hatiye kontrolkirin',
    },
  }),
  'Kinds of translation',
);

/** The label lists of the shared enums, as fields of `Labels`. */
export const SHARED_LABEL_FIELDS = {
  themes: THEME_LABELS,
  regions: REGION_LABELS,
  locales: LOCALE_LABELS,
  provenances: PROVENANCE_LABELS,
};
