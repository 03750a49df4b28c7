import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, VersionedType } from '@icssi/platform';
import { ForumSeasonStatus } from './forum-season-status.enum';

@Directive('@key(fields: "id")')
@ObjectType('ForumSeason', { description: 'One season (edition) of a social forum.' })
export class ForumSeason extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field(() => Int, { description: 'Season number, unique per forum (the Iraqi Social Forum’s 4th, …).' })
  number!: number;

  @Field(() => Int, { description: 'Year the season is held.' })
  year!: number;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day.' })
  endDate!: string | null;

  @Field(() => ForumSeasonStatus, { description: 'Planned, open or concluded.' })
  status!: ForumSeasonStatus;
}
