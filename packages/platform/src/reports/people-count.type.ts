import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { envInt } from '../config/env';
import { THEME_DAC_SECTOR, Theme } from '../graphql/theme.enum';

// Value types of the reports, defined identically wherever a subgraph contributes to a report, hence @shareable.

@Directive('@shareable')
@ObjectType('Tally', { description: 'How many records have one value of a dimension (not people: never suppressed).' })
export class Tally {
  @Field({ description: 'The value, e.g. a theme, kind or status.' })
  key!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@Directive('@shareable')
@ObjectType('PeopleCount', { description: 'A count of people; small counts are suppressed so no person can be identified.' })
export class PeopleCount {
  @Field(() => String, { nullable: true, description: 'The dimension value (e.g. FEMALE, YOUTH), or null for a total.' })
  key!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many, or null when suppressed.' })
  value!: number | null;

  @Field({ description: 'True when the count is hidden because it is small (or could reveal another hidden count).' })
  suppressed!: boolean;
}

/** Counts of people below this are suppressed (REPORT_MIN_CELL, default 5). */
export const suppressionThreshold = (): number => envInt('REPORT_MIN_CELL', 5);

const shown = (key: string | null, value: number): PeopleCount => ({ key, value, suppressed: false });
const hidden = (key: string | null): PeopleCount => ({ key, value: null, suppressed: true });

/** One count of people: hidden when it is above zero and below the threshold. */
export function peopleCount(value: number, threshold = suppressionThreshold(), key: string | null = null): PeopleCount {
  return value > 0 && value < threshold ? hidden(key) : shown(key, value);
}

/**
 * A breakdown of a published total: small cells are hidden, and when exactly one would be hidden the
 * next smallest is hidden too, so that total minus the shown cells never gives a hidden one back.
 */
export function peopleBreakdown(cells: ReadonlyArray<{ key: string; value: number }>, threshold = suppressionThreshold()): PeopleCount[] {
  const small = new Set(cells.filter((cell) => cell.value > 0 && cell.value < threshold).map((cell) => cell.key));
  if (small.size === 1) {
    const next = [...cells].filter((cell) => !small.has(cell.key)).sort((a, b) => a.value - b.value || a.key.localeCompare(b.key))[0];
    if (next) small.add(next.key);
  }
  return cells.map((cell) => (small.has(cell.key) ? hidden(cell.key) : shown(cell.key, cell.value)));
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
