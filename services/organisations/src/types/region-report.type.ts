import { Directive, Field, ObjectType } from 'type-graphql';
import { DateScalar, PERIOD_KEY_DESCRIPTION, REGION_REPORT_DESCRIPTION, Region, ReportPeriodKind } from '@icssi/platform';

/** A region's figures for one period; each subgraph adds the fields about the data it owns. */
@Directive('@key(fields: "region period")')
@ObjectType('RegionReport', { description: REGION_REPORT_DESCRIPTION })
export class RegionReport {
  @Field(() => Region, { description: 'The region.' })
  region!: Region;

  @Field({ description: PERIOD_KEY_DESCRIPTION })
  period!: string;

  @Field(() => ReportPeriodKind, {
    description: 'What kind of period: counts of people are given for years, quarters, months and forum seasons, not ranges.',
  })
  periodKind!: ReportPeriodKind;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  to!: string;
}
