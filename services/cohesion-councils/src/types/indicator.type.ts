import { Field, Float, ObjectType } from 'type-graphql';
import { LocalizedText } from '@icssi/platform';

/** What the indicator field resolves to: the figures and the stored name (the localized fields read it). */
export interface IndicatorValue {
  nameSource: LocalizedText | null;
  baseline: number | null;
  target: number | null;
  actual: number | null;
}

@ObjectType('Indicator', { description: 'How an implementation is measured: baseline, target and the latest actual value.' })
export class Indicator {
  @Field(() => Float, { nullable: true, description: 'Value before the work started.' })
  baseline!: number | null;

  @Field(() => Float, { nullable: true, description: 'Value the council aims for.' })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: 'Latest measured value.' })
  actual!: number | null;
}
