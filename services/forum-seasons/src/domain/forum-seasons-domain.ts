import { type DataSource } from 'typeorm';
import { type SubgraphServices } from '@icssi/platform';
import { SeasonWriter } from './season.writer';
import { ForumSeasonReader } from './forum-season.reader';
import { ForumSessionReader } from './forum-session.reader';
import { ForumReader } from './forum.reader';
import { RecommendationReader } from './recommendation.reader';
import { RecommendationWriter } from './recommendation.writer';
import { ForumSeasonsReadGate } from './read-gate';

export function createForumSeasonsDomain(dataSource: DataSource, services: SubgraphServices) {
  return {
    /** Every record this subgraph hands out passes here (domain/read-gate.ts). */
    gate: new ForumSeasonsReadGate(),
    forums: new ForumReader(dataSource),
    seasons: new ForumSeasonReader(dataSource),
    sessions: new ForumSessionReader(dataSource),
    recommendations: new RecommendationReader(dataSource),
    recommendationWriter: new RecommendationWriter(dataSource),
    seasonWriter: new SeasonWriter(dataSource, services.references),
    /** The audit log lives in this service's own database. */
    audit: dataSource,
  };
}

export type ForumSeasonsDomain = ReturnType<typeof createForumSeasonsDomain>;
