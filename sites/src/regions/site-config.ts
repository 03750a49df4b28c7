import type { Region } from '../graph/generated/operations';
import { type Locale } from '../i18n/locales';

/** What makes one region's site: the rest of the code base is shared. */
export interface SiteConfig {
  /** baghdad | erbil: the process, the log lines and the address printed by `npm start`. */
  id: SiteId;
  region: Region;
  /** The languages the site is read in; the first is its main language (`/` goes there). */
  locales: readonly [Locale, ...Locale[]];
  /** The site's name in each of its languages. */
  name: Partial<Record<Locale, string>>;
  /** Working groups per directory page. */
  workingGroupsPageSize: number;
}

export type SiteId = 'baghdad' | 'erbil';
