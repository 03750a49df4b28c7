import { Directive, Field, ID, ObjectType } from 'type-graphql';
import {
  DateScalar,
  GOVERNORATE_CODE_DESCRIPTION,
  GOVERNORATE_REPORT_DESCRIPTION,
  PERIOD_KEY_DESCRIPTION,
  Region,
  ReportPeriodKind,
} from '@icssi/platform';

/** An area's figures for one period (a governorate, or a region's records in none); each subgraph adds the fields about the data it owns. */
@Directive('@key(fields: "governorateCode period")')
@ObjectType('GovernorateReport', { description: GOVERNORATE_REPORT_DESCRIPTION })
export class GovernorateReport {
  @Field(() => ID, { description: GOVERNORATE_CODE_DESCRIPTION })
  governorateCode!: string;

  @Field({ description: PERIOD_KEY_DESCRIPTION })
  period!: string;

  @Field(() => Region, { description: 'The region the area belongs to.' })
  region!: Region;

  @Field(() => ReportPeriodKind, {
    description: 'What kind of period: counts of people are given for years, quarters, months and forum seasons, not ranges.',
  })
  periodKind!: ReportPeriodKind;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  to!: string;
}
