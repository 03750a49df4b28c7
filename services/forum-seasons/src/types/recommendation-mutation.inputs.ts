import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, LocalizedTextInput, Theme } from '@icssi/platform';
import type * as domain from '../domain/recommendation.commands';

@InputType('CreateRecommendationInput', { description: 'A recommendation proposed at a forum season.' })
export class CreateRecommendationInput implements domain.CreateRecommendationInput {
  @Field(() => String, {
    nullable: true,
    description: 'Your key for this create: a retry with the same key and input returns the first result.',
  })
  idempotencyKey?: string | null;

  @Field(() => ID, { description: 'The season.' })
  seasonId!: string;

  @Field({ description: 'Unique URL name: lower-case letters, digits and hyphens.' })
  slug!: string;

  @Field(() => LocalizedTextInput, { description: 'Title in at least one language.' })
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Full text.' })
  text?: LocalizedTextInput | null;

  @Field(() => [Theme], { description: 'Themes.' })
  themes!: Theme[];
}

@InputType('AdoptRecommendationInput', { description: 'The season adopts a proposed recommendation.' })
export class AdoptRecommendationInput implements domain.AdoptRecommendationInput {
  @Field(() => ID, { description: 'The recommendation.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => DateScalar, { description: 'The day it was adopted.' })
  adoptedOn!: string;
}

@InputType('WithdrawRecommendationInput', { description: 'A recommendation is withdrawn.' })
export class WithdrawRecommendationInput implements domain.WithdrawRecommendationInput {
  @Field(() => ID, { description: 'The recommendation.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}

@InputType('UpdateRecommendationInput', { description: 'Changes to a recommendation’s wording or themes.' })
export class UpdateRecommendationInput implements domain.UpdateRecommendationInput {
  @Field(() => ID, { description: 'The recommendation.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT and changes nothing.' })
  version!: number;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'New title.' })
  title?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'New full text.' })
  text?: LocalizedTextInput | null;

  @Field(() => [Theme], { nullable: true, description: 'Themes (replaces the list).' })
  themes?: Theme[] | null;
}
