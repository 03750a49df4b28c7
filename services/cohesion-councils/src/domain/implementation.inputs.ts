import { type LocalizedTextValues, type Region } from '@icssi/platform';
import { type ImplementationStatus } from './implementation-status';

/** Plain inputs of the implementation writers and readers; the GraphQL input classes in types/ implement them. */
export interface ImplementationFilter {
  status?: ImplementationStatus | null;
  region?: Region | null;
  governorateCode?: string | null;
  councilId?: string | null;
  recommendationId?: string | null;
  minProgress?: number | null;
}

export interface ArchiveImplementationInput {
  id: string;
  version: number;
}

export interface RecordImplementationUpdateInput {
  implementationId: string;
  version: number;
  reportedOn: string;
  progress: number;
  status: ImplementationStatus;
  note?: LocalizedTextValues | null;
  evidenceUrl?: string | null;
}

export interface IndicatorInput {
  name: LocalizedTextValues;
  baseline?: number | null;
  target?: number | null;
}

export interface CommitToRecommendationInput {
  idempotencyKey?: string | null;
  councilId: string;
  recommendationId: string;
  status?: ImplementationStatus | null;
  indicator?: IndicatorInput | null;
}
