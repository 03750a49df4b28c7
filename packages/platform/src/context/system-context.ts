import { Locale } from '../i18n/locale';
import { type CallerContext } from './signed-context';
import { SYSTEM_VIEWER } from './viewer';

/**
 * The caller of a call between the services themselves (lockdown replication, reference checks):
 * the system viewer, in English, under a request id that names the job. The only place it is built.
 */
export function systemContext(requestId = 'system'): CallerContext {
  return { viewer: SYSTEM_VIEWER, locale: Locale.en, requestId };
}
