import { type LocalizedTextValues } from '@icssi/platform';
import { type ImplementationStatus } from './implementation-status';

// The inputs of the implementation writer: plain data, whatever the API (types/ implements these for GraphQL).

/** Archives a commitment recorded by mistake. */
export interface ArchiveImplementationInput {
  id: string;
  version: number;
}

/** A new step on an implementation’s timeline; moves its progress and status. */
export interface RecordImplementationUpdateInput {
  implementationId: string;
  version: number;
  reportedOn: string;
  progress: number;
  status: ImplementationStatus;
  note?: LocalizedTextValues | null;
  evidenceUrl?: string | null;
}

/** How an implementation will be measured. */
export interface IndicatorInput {
  name: LocalizedTextValues;
  baseline?: number | null;
  target?: number | null;
}

/** A council takes on a forum recommendation. */
export interface CommitToRecommendationInput {
  idempotencyKey?: string | null;
  councilId: string;
  recommendationId: string;
  status?: ImplementationStatus | null;
  indicator?: IndicatorInput | null;
}
