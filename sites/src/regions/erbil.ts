import { type SiteConfig } from './site-config';

/** Erbil: the Kurdistan Region site, in Sorani, with Kurmanji (Latin script), Arabic and English. */
export const ERBIL: SiteConfig = {
  id: 'erbil',
  region: 'KURDISTAN_REGION',
  locales: ['ckb', 'kmr', 'ar', 'en'],
  name: {
    ckb: 'تۆڕی کۆمەڵگەی مەدەنی — هەرێمی کوردستان',
    kmr: 'Tora civaka sivîl — Herêma Kurdistanê',
    ar: 'شبكة المجتمع المدني — إقليم كوردستان',
    en: 'Civil society network — Kurdistan Region',
  },
  workingGroupsPageSize: 4,
};
