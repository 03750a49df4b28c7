import { type Locale } from '../i18n/locale';
import { type Logger } from '../logging/logger';
import { type Viewer } from './viewer';
import type { LockdownRegistry } from '../lockdown/lockdown-registry';

/** What every resolver of a subgraph gets: who asks, in which language, and this request's loaders. */
export interface RequestContext<TLoaders = unknown, TDomain = unknown> {
  viewer: Viewer;
  locale: Locale;
  requestId: string;
  logger: Logger;
  /** Created per request, so batching and caching never leak between requests or viewers. */
  loaders: TLoaders;
  /** The service's domain layer (rules and access checks), shared by all requests. */
  domain: TDomain;
  /** People and organisations under lockdown: hidden from every non-custodian. */
  lockdown: LockdownRegistry;
}
