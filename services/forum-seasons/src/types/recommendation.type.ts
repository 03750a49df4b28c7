import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, Theme, VersionedType } from '@icssi/platform';
import { RecommendationStatus } from './recommendation-status.enum';

@Directive('@key(fields: "id")')
@ObjectType('Recommendation', { description: 'A recommendation adopted (or proposed) at a forum season.' })
export class Recommendation extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field({ description: 'URL-safe unique name.' })
  slug!: string;

  @Field(() => [Theme], { description: 'Themes of the recommendation.' })
  themes!: Theme[];

  @Field(() => RecommendationStatus, { description: 'Proposed, adopted or withdrawn.' })
  status!: RecommendationStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When the season adopted it.' })
  adoptedOn!: string | null;
}
