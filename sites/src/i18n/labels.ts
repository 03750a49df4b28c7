import type { GraphClient } from '../graph/graph-client';
import type { SiteLabelsQuery } from '../graph/generated/operations';
import { type Locale } from './locales';

/**
 * Words for the graph's enum values (statuses, themes, action types, …) in the reader's language,
 * from the graph's own labels (`SiteLabels`). The one place the pages get them from.
 */
export type EnumName =
  | 'Theme'
  | 'Region'
  | 'CampaignStatus'
  | 'CampaignActionType'
  | 'SessionFormat'
  | 'ForumSeasonStatus'
  | 'CouncilStatus'
  | 'ImplementationStatus'
  | 'WorkingGroupStatus'
  | 'MembershipRole'
  | 'RecommendationStatus';

type GraphLabels = SiteLabelsQuery['labels'];

const FIELDS: Record<EnumName, Exclude<keyof GraphLabels, '__typename' | 'locale'>> = {
  Theme: 'themes',
  Region: 'regions',
  CampaignStatus: 'campaignStatuses',
  CampaignActionType: 'campaignActionTypes',
  SessionFormat: 'sessionFormats',
  ForumSeasonStatus: 'forumSeasonStatuses',
  CouncilStatus: 'councilStatuses',
  ImplementationStatus: 'implementationStatuses',
  WorkingGroupStatus: 'workingGroupStatuses',
  MembershipRole: 'membershipRoles',
  RecommendationStatus: 'recommendationStatuses',
};

export interface Labels {
  /** The word for an enum value in the reader's language (the graph's code while its subgraph is down). */
  of(enumName: EnumName, value: string): string;
}

export function labelsFromGraph(labels: GraphLabels): Labels {
  const words = new Map<string, string>();
  for (const [enumName, field] of Object.entries(FIELDS)) {
    for (const entry of labels[field] ?? []) words.set(`${enumName}.${entry.value}`, entry.label);
  }
  return { of: (enumName, value) => words.get(`${enumName}.${value}`) ?? value };
}

/**
 * Labels change rarely: one call per language, kept for `ttlMs`. A refresh that fails keeps the
 * last answer; a list the graph could not give (its subgraph down) is asked again next time.
 */
export class LabelCache {
  private readonly entries = new Map<Locale, { labels: Labels; complete: boolean; fetchedAt: number }>();
  private readonly pending = new Map<Locale, Promise<Labels>>();

  constructor(
    private readonly graph: GraphClient,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  get(locale: Locale): Promise<Labels> {
    const entry = this.entries.get(locale);
    if (entry && entry.complete && Date.now() - entry.fetchedAt < this.ttlMs) return Promise.resolve(entry.labels);
    let pending = this.pending.get(locale);
    if (!pending) {
      pending = this.fetch(locale, entry?.labels).finally(() => this.pending.delete(locale));
      this.pending.set(locale, pending);
    }
    return pending;
  }

  private async fetch(locale: Locale, stale: Labels | undefined): Promise<Labels> {
    try {
      const result = await this.graph.query('SiteLabels', { locale }, locale);
      const labels = labelsFromGraph(result.data.labels);
      this.entries.set(locale, { labels, complete: result.errors.length === 0, fetchedAt: Date.now() });
      return labels;
    } catch (error) {
      if (stale) return stale;
      throw error;
    }
  }
}
