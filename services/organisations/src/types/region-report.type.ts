import { Directive, Field, ObjectType } from 'type-graphql';
import { DateScalar, Region } from '@icssi/platform';

/** A region's figures for one period; each subgraph adds the fields about the data it owns. */
@Directive('@key(fields: "region period")')
@ObjectType('RegionReport', { description: 'One region’s figures for one period, contributed by every subgraph (bridge team, editors, admins).' })
export class RegionReport {
  @Field(() => Region, { description: 'The region.' })
  region!: Region;

  @Field({ description: 'The period’s key: `2026`, `2026-Q3` or `2026-01-01..2026-06-30`.' })
  period!: string;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  to!: string;
}
