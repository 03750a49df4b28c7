import { connectionType } from '@icssi/platform';
import { ForumSeason } from './forum-season.type';
import { ForumSession } from './forum-session.type';
import { Forum } from './forum.type';
import { Recommendation } from './recommendation.type';

export const ForumConnection = connectionType(Forum, 'Forum', 'A page of forums.');
export const ForumSeasonConnection = connectionType(ForumSeason, 'ForumSeason', 'A page of forum seasons.');
export const ForumSessionConnection = connectionType(ForumSession, 'ForumSession', 'A page of forum sessions, by start time.');
export const RecommendationConnection = connectionType(Recommendation, 'Recommendation', 'A page of recommendations.');
