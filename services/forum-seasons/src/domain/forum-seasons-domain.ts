import { DataSource } from 'typeorm';
import { ForumSeasonReader } from './forum-season.reader';
import { ForumSessionReader } from './forum-session.reader';
import { ForumReader } from './forum.reader';
import { RecommendationReader } from './recommendation.reader';
import { RecommendationWriter } from './recommendation.writer';

export function createForumSeasonsDomain(dataSource: DataSource) {
  return {
    forums: new ForumReader(dataSource),
    seasons: new ForumSeasonReader(dataSource),
    sessions: new ForumSessionReader(dataSource),
    recommendations: new RecommendationReader(dataSource),
    recommendationWriter: new RecommendationWriter(dataSource),
  };
}

export type ForumSeasonsDomain = ReturnType<typeof createForumSeasonsDomain>;
