import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@icssi/platform';
import { WorkingGroupEntity } from '../entities/working-group.entity';
import { WorkingGroup } from './working-group.type';

@ObjectType('WorkingGroupPayload', { description: 'The result of a working group mutation.' })
export class WorkingGroupPayload {
  @Field(() => WorkingGroup, { nullable: true, description: 'The group as written; null when userErrors say why not.' })
  workingGroup!: WorkingGroupEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}
