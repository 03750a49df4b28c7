import { connectionType } from '@icssi/platform';
import { OrganisationStub } from '../federation/organisation/organisation.stub';
import { ForumSeason } from './forum-season.type';
import { ForumSession } from './forum-session.type';
import { Forum } from './forum.type';
import { Recommendation } from './recommendation.type';

export const ForumConnection = connectionType(Forum, 'Forum', 'A page of forums.');
export const ForumSeasonConnection = connectionType(ForumSeason, 'ForumSeason', 'A page of forum seasons.');
export const ForumSessionConnection = connectionType(ForumSession, 'ForumSession', 'A page of forum sessions, by start time.');
export const RecommendationConnection = connectionType(Recommendation, 'Recommendation', 'A page of recommendations.');
export const SeasonParticipantConnection = connectionType(
  OrganisationStub,
  'SeasonParticipant',
  'A page of the organisations taking part in a forum season.',
);
