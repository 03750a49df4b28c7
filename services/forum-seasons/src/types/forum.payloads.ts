import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@icssi/platform';
import { ForumEntity } from '../entities/forum.entity';
import { Forum } from './forum.type';

@ObjectType('ForumPayload', { description: 'The result of a forum mutation.' })
export class ForumPayload {
  @Field(() => Forum, { nullable: true, description: 'The forum as written; null when userErrors say why not.' })
  forum!: ForumEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}
