import { localizedFieldsResolver } from '@icssi/platform';
import { type ForumSeasonEntity } from '../entities/forum-season.entity';
import { type ForumSessionEntity } from '../entities/forum-session.entity';
import { type ForumEntity } from '../entities/forum.entity';
import { type RecommendationEntity } from '../entities/recommendation.entity';
import { ForumSeason } from '../types/forum-season.type';
import { ForumSession } from '../types/forum-session.type';
import { Forum } from '../types/forum.type';
import { Recommendation } from '../types/recommendation.type';

/** The localized texts of this subgraph's types: each gives `x`, `xTranslations` and `xText`. */
export const ForumLocalizedFields = localizedFieldsResolver<ForumEntity>(Forum, {
  name: { read: (forum) => forum.name, description: 'The forum’s name', nullable: false },
});

export const ForumSeasonLocalizedFields = localizedFieldsResolver<ForumSeasonEntity>(ForumSeason, {
  theme: { read: (season) => season.theme, description: 'The season’s theme', nullable: true },
  venue: { read: (season) => season.venue, description: 'The venue (a public venue or city; never a private address)', nullable: true },
});

export const ForumSessionLocalizedFields = localizedFieldsResolver<ForumSessionEntity>(ForumSession, {
  title: { read: (session) => session.title, description: 'The session’s title', nullable: false },
});

export const RecommendationLocalizedFields = localizedFieldsResolver<RecommendationEntity>(Recommendation, {
  title: { read: (recommendation) => recommendation.title, description: 'The recommendation’s title', nullable: false },
  text: { read: (recommendation) => recommendation.text, description: 'The recommendation’s full text', nullable: true },
});
