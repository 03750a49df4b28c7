import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@icssi/platform';
import { ForumSeasonEntity } from '../entities/forum-season.entity';
import { ForumSeason } from './forum-season.type';

@ObjectType('ForumSeasonPayload', { description: 'The result of a forum season mutation.' })
export class ForumSeasonPayload {
  @Field(() => ForumSeason, { nullable: true, description: 'The season as written; null when userErrors say why not.' })
  season!: ForumSeasonEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}
