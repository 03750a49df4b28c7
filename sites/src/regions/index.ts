import { BAGHDAD } from './baghdad';
import { ERBIL } from './erbil';
import { type SiteConfig, type SiteId } from './site-config';

export const SITES: Record<SiteId, SiteConfig> = { baghdad: BAGHDAD, erbil: ERBIL };

export function siteConfig(id: string): SiteConfig {
  const config = (SITES as Record<string, SiteConfig | undefined>)[id];
  if (!config) throw new Error(`Unknown site "${id}": use ${Object.keys(SITES).join(' or ')}`);
  return config;
}

export type { SiteConfig, SiteId } from './site-config';
