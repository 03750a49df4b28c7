import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar, LocalizedTextInput } from '@icssi/platform';
import { ImplementationStatus } from './implementation-status.enum';
import type * as domain from '../domain/implementation.commands';

@InputType('ArchiveImplementationInput', { description: 'Archives a commitment recorded by mistake.' })
export class ArchiveImplementationInput implements domain.ArchiveImplementationInput {
  @Field(() => ID, { description: 'The implementation.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}

@InputType('RecordImplementationUpdateInput', { description: 'A new step on an implementation’s timeline; moves its progress and status.' })
export class RecordImplementationUpdateInput implements domain.RecordImplementationUpdateInput {
  @Field(() => ID, { description: 'The implementation.' })
  implementationId!: string;

  @Field(() => Int, { description: 'The implementation’s version you read; a stale version is a CONFLICT (re-read and retry).' })
  version!: number;

  @Field(() => DateScalar, { description: 'The day the progress is reported for.' })
  reportedOn!: string;

  @Field(() => Int, { description: 'Progress from 0 to 100.' })
  progress!: number;

  @Field(() => ImplementationStatus, { description: 'Status now.' })
  status!: ImplementationStatus;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'What happened.' })
  note?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: 'A public link to evidence (http or https).' })
  evidenceUrl?: string | null;
}

@InputType('IndicatorInput', { description: 'How an implementation will be measured.' })
export class IndicatorInput implements domain.IndicatorInput {
  @Field(() => LocalizedTextInput, { description: 'What is measured.' })
  name!: LocalizedTextInput;

  @Field(() => Float, { nullable: true, description: 'Value before the work starts.' })
  baseline?: number | null;

  @Field(() => Float, { nullable: true, description: 'Value aimed for.' })
  target?: number | null;
}

@InputType('CommitToRecommendationInput', { description: 'A council takes on a forum recommendation.' })
export class CommitToRecommendationInput implements domain.CommitToRecommendationInput {
  @Field(() => String, {
    nullable: true,
    description: 'Your key for this create: a retry with the same key and input returns the first result.',
  })
  idempotencyKey?: string | null;

  @Field(() => ID, { description: 'The council.' })
  councilId!: string;

  @Field(() => ID, { description: 'The forum recommendation (checked with the forum-seasons subgraph).' })
  recommendationId!: string;

  @Field(() => ImplementationStatus, { nullable: true, description: 'Starting status (default NOT_STARTED).' })
  status?: ImplementationStatus | null;

  @Field(() => IndicatorInput, { nullable: true, description: 'How progress will be measured.' })
  indicator?: IndicatorInput | null;
}
