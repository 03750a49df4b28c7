import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@icssi/platform';
import { ForumSeasonEntity } from '../entities/forum-season.entity';
import { ForumSeason } from './forum-season.type';
import { ForumSession } from './forum-session.type';
import { Forum } from './forum.type';
import { ForumEntity } from '../entities/forum.entity';
import { ForumSessionEntity } from '../entities/forum-session.entity';

@ObjectType('ForumSeasonPayload', { description: 'The result of a forum season mutation.' })
export class ForumSeasonPayload {
  @Field(() => ForumSeason, { nullable: true, description: 'The season as written; null when userErrors say why not.' })
  season!: ForumSeasonEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}

@ObjectType('ForumSessionPayload', { description: 'The result of adding a programme item.' })
export class ForumSessionPayload {
  @Field(() => ForumSession, { nullable: true, description: 'The session as written; null when userErrors say why not.' })
  session!: ForumSessionEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}

@ObjectType('ForumPayload', { description: 'The result of a forum mutation.' })
export class ForumPayload {
  @Field(() => Forum, { nullable: true, description: 'The forum as written; null when userErrors say why not.' })
  forum!: ForumEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}
