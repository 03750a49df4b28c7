import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@icssi/platform';
import { RecommendationEntity } from '../entities/recommendation.entity';
import { Recommendation } from './recommendation.type';

@ObjectType('RecommendationPayload', { description: 'The result of a recommendation mutation.' })
export class RecommendationPayload {
  @Field(() => Recommendation, { nullable: true, description: 'The recommendation as written; null when userErrors say why not.' })
  recommendation!: RecommendationEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}
