import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@icssi/platform';
import { ForumSessionEntity } from '../entities/forum-session.entity';
import { ForumSession } from './forum-session.type';

@ObjectType('ForumSessionPayload', { description: 'The result of adding a programme item.' })
export class ForumSessionPayload {
  @Field(() => ForumSession, { nullable: true, description: 'The session as written; null when userErrors say why not.' })
  session!: ForumSessionEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}
