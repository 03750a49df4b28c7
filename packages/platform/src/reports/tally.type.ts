import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { THEME_DAC_SECTOR, Theme } from '../graphql/theme.enum';

// Value types of the reports, defined identically wherever a subgraph contributes to a report, hence @shareable.

@Directive('@shareable')
@ObjectType('Tally', { description: 'How many records have one value of a dimension (records, not people: exact).' })
export class Tally {
  @Field({ description: 'The value, e.g. a theme, kind or status.' })
  key!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@Directive('@shareable')
@ObjectType('ThemeTally', { description: 'How many records have one theme, with the theme’s OECD-DAC sector code for donor reports.' })
export class ThemeTally {
  @Field(() => Theme, { description: 'The theme.' })
  theme!: Theme;

  @Field(() => Int, { description: 'Its OECD-DAC purpose code.' })
  dacCode!: number;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

export const themeTally = (theme: Theme, count: number): ThemeTally => ({ theme, dacCode: THEME_DAC_SECTOR[theme], count });
