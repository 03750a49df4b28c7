import { type SiteConfig } from './site-config';

/** Baghdad: the federal Iraq site, in Arabic, with English as the other language. */
export const BAGHDAD: SiteConfig = {
  id: 'baghdad',
  region: 'FEDERAL_IRAQ',
  locales: ['ar', 'en'],
  name: { ar: 'شبكة المجتمع المدني — العراق الاتحادي', en: 'Civil society network — Federal Iraq' },
  workingGroupsPageSize: 4,
};
