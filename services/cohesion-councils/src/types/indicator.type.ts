import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('Indicator', { description: 'How an implementation is measured: baseline, target and the latest actual value.' })
export class Indicator {
  @Field(() => String, { nullable: true, description: 'What is measured, in the reader’s language.' })
  name!: string | null;

  @Field(() => Float, { nullable: true, description: 'Value before the work started.' })
  baseline!: number | null;

  @Field(() => Float, { nullable: true, description: 'Value the council aims for.' })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: 'Latest measured value.' })
  actual!: number | null;
}
