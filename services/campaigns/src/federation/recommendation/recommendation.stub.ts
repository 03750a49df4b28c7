import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Recommendation is owned by the forum-seasons subgraph; this subgraph adds `campaigns`. */
@Directive('@key(fields: "id")')
@ObjectType('Recommendation', { description: 'A forum recommendation (owned by the forum-seasons subgraph).' })
export class RecommendationStub {
  @Field(() => ID, { description: 'The recommendation id.' })
  id!: string;
}

export const recommendationStub = (id: string): RecommendationStub => ({ id });

export const resolveRecommendationStub = (reference: { id: string }): RecommendationStub => recommendationStub(reference.id);
