import { SITES, type SiteId } from '../../sites/src/regions';
import { type RunningSite, startSite } from '../../sites/src/site-server';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';

export interface SiteStack {
  stack: TestStack;
  sites: Partial<Record<SiteId, RunningSite>>;
  dispose(): Promise<void>;
}

/** The graph with the safelist on (as in production) and the given region sites reading from it. */
export async function startSiteStack(ids: SiteId[]): Promise<SiteStack> {
  const stack = await startTestStack({ gateway: { persisted: { safelist: true } } });
  const sites: Partial<Record<SiteId, RunningSite>> = {};
  for (const id of ids) sites[id] = await startSite({ site: SITES[id], graphUrl: stack.gateway.url, port: 0 });
  return {
    stack,
    sites,
    dispose: async () => {
      await Promise.all(Object.values(sites).map((site) => site!.stop()));
      await stack.dispose();
    },
  };
}

/** Letters only Sorani writes (ە ێ ۆ ڕ ڵ ڤ): Arabic text has none of them. */
export const SORANI_LETTERS = /[\u06D5\u06CE\u06C6\u0695\u06B5\u06A4]/g;
/** Letters Arabic writes and Sorani does not (ة ى ث ذ ض ظ ط). */
export const ARABIC_ONLY_LETTERS = /[\u0629\u0649\u062B\u0630\u0636\u0638\u0637]/g;
/** Any letter of the Arabic script. */
export const ARABIC_SCRIPT_LETTERS = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE-\u06FF]/g;

export function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
