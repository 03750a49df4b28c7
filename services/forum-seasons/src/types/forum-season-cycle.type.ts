import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '@icssi/platform';

/** The days a report for a forum season covers. */
@ObjectType('ForumSeasonCycle', {
  description:
    'A forum season’s whole cycle, the period reports use for it, in whole months: from the month after the one in which the forum’s previous season ended (January of its year for a forum’s first season) to the end of the month in which the season ends.',
})
export class ForumSeasonCycle {
  @Field(() => DateScalar, { description: 'First day of the cycle.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the cycle (the last day of the month in which the season ends).' })
  to!: string;
}
