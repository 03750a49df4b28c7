import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '@icssi/platform';

/** The days a report for a forum season covers. */
@ObjectType('ForumSeasonCycle', {
  description: 'A forum season’s whole cycle, the period reports use for it: from the day after the forum’s previous season ended (1 January of its year for a forum’s first season) to the season’s last day.',
})
export class ForumSeasonCycle {
  @Field(() => DateScalar, { description: 'First day of the cycle.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the cycle (the season’s last day).' })
  to!: string;
}
