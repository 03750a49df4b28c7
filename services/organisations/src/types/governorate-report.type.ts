import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '@icssi/platform';

/** A governorate's figures for one period; each subgraph adds the fields about the data it owns. */
@Directive('@key(fields: "governorateCode period")')
@ObjectType('GovernorateReport', { description: 'One governorate’s figures for one period, contributed by every subgraph (bridge team, editors, admins).' })
export class GovernorateReport {
  @Field(() => ID, { description: 'The governorate’s ISO 3166-2 code.' })
  governorateCode!: string;

  @Field({ description: 'The period’s key: `2026`, `2026-Q3` or `2026-01-01..2026-06-30`.' })
  period!: string;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  to!: string;
}
