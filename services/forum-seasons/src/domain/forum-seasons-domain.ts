import { type DataSource } from 'typeorm';
import { type SubgraphServices } from '@icssi/platform';
import { ForumSeasonWriter } from './forum-season.writer';
import { ForumSessionWriter } from './forum-session.writer';
import { ForumWriter } from './forum.writer';
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
    forumWriter: new ForumWriter(dataSource, services.references),
    seasonWriter: new ForumSeasonWriter(dataSource, services.references),
    sessionWriter: new ForumSessionWriter(dataSource, services.references),
    /** The audit log lives in this service's own database. */
    audit: dataSource,
  };
}

export type ForumSeasonsDomain = ReturnType<typeof createForumSeasonsDomain>;
