import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UserError } from '@icssi/platform';
import { type LockdownOutcome } from '../domain/lockdown.service';

@ObjectType('LockdownPayload', { description: 'The result of a lockdown or of lifting one.' })
export class LockdownPayload implements LockdownOutcome {
  @Field(() => ID, {
    nullable: true,
    description: 'The subject locked down (or whose lockdown was lifted); null when userErrors say why not.',
  })
  subjectId!: string | null;

  @Field(() => Int, {
    description: 'How many of the other subgraphs took the new lockdown list at once (the rest catch up within seconds).',
  })
  replicasUpdated!: number;

  @Field(() => [UserError], { description: 'Why nothing was done, if so.' })
  userErrors!: UserError[];
}
