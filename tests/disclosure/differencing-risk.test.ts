import { type DisclosurePolicy, cellKeyOf, createDisclosurePolicy, protectCount } from '@icssi/platform';
import { Attacker } from '@icssi/test-kit/disclosure-attacker';
import { recordKeys, seededRandom } from '@icssi/test-kit/seeded-random';

/**
 * How often the classic attacks still pin a count down, over 10,000 random draws of the secret
 * record keys (simulated: no database). Counts below the threshold are never shown, so no single
 * relation can pin one down; a difference of one person between two shown counts is certain only
 * when their noises drew opposite extremes. These tests measure that residual risk for the default
 * policy (threshold 5, bound 2) and show the same attacks succeed with suppression alone (bound 0).
 * The measured rates are the ones the README states.
 */
const DRAWS = 10_000;

/** Cells made of records: each a list of record keys. */
type Cells = Record<string, number[]>;

function simulate(
  policy: DisclosurePolicy,
  seed: number,
  build: (keys: (n: number) => number[]) => Cells,
  attack: (attacker: Attacker) => boolean,
): number {
  const random = seededRandom(seed);
  let successes = 0;
  for (let draw = 0; draw < DRAWS; draw += 1) {
    const cells = build((n) => recordKeys(random, n));
    const attacker = new Attacker(policy);
    for (const [name, keys] of Object.entries(cells))
      attacker.observe(name, protectCount({ count: keys.length, cellKey: cellKeyOf(keys) }, null, policy));
    if (attack(attacker)) successes += 1;
  }
  return successes / DRAWS;
}

const DEFAULT = createDisclosurePolicy(5, 2);
const SUPPRESSION_ONLY = createDisclosurePolicy(5, 0);

/** Adjacent periods: the same 12 people, and in the second a newcomer too; is the newcomer counted in this cell (e.g. FEMALE)? */
const adjacent = (keys: (n: number) => number[]) => {
  const before = keys(12);
  return { before, after: [...before, ...keys(1)] };
};
const newcomerKnown = (attacker: Attacker) =>
  attacker.know('newcomer', [0, 1]).relate(['after'], ['before', 'newcomer']).solve().pinned('newcomer');

/** Totals minus cells: 12 members, 6 female, 5 male, 1 of another gender, 0 undisclosed; is the one pinned down? */
const breakdown = (keys: (n: number) => number[]) => {
  const [female, male, other] = [keys(6), keys(5), keys(1)];
  return { total: [...female, ...male, ...other], female, male, other, undisclosed: [] };
};
const otherPinned = (attacker: Attacker) => attacker.relate(['total'], ['female', 'male', 'other', 'undisclosed']).solve().pinned('other');

/** Hierarchy: 8 seats in a region, 5 in one governorate, 3 in another; is the 3 pinned down? */
const hierarchy = (keys: (n: number) => number[]) => {
  const [first, second] = [keys(5), keys(3)];
  return { region: [...first, ...second], first, second, none: [] };
};
const secondPinned = (attacker: Attacker) => attacker.relate(['region'], ['first', 'second', 'none']).solve().pinned('second');

/** Bounds: 8 members, 4 women and 4 men: are the 4 pinned down? */
const bounds = (keys: (n: number) => number[]) => {
  const [women, men] = [keys(4), keys(4)];
  return { total: [...women, ...men], women, men, other: [], undisclosed: [] };
};
const womenPinned = (attacker: Attacker) => attacker.relate(['total'], ['women', 'men', 'other', 'undisclosed']).solve().pinned('women');

describe('residual risk of the classic attacks over random record keys', () => {
  it('adjacent periods: suppression alone always tells whether the newcomer is in the cell; the default policy only when both noises are at opposite extremes (about 1.2 %)', () => {
    expect(simulate(SUPPRESSION_ONLY, 1, adjacent, newcomerKnown)).toBe(1);
    const rate = simulate(DEFAULT, 1, adjacent, newcomerKnown);
    const extreme = (28 / 256) ** 2; // P(noise −2) × P(noise +2) in the table for counts ≥ 2
    expect(Math.abs(rate - extreme)).toBeLessThan(0.003);
    expect(rate).toBeLessThan(0.015);
  });

  it('totals minus cells: a lone person of another gender is never pinned down', () => {
    expect(simulate(DEFAULT, 2, breakdown, otherPinned)).toBe(0);
  });

  it('hierarchy: a governorate’s 3 seats are never pinned down from the region and the other governorate', () => {
    expect(simulate(DEFAULT, 3, hierarchy, secondPinned)).toBe(0);
  });

  it('bounds from hidden cells: 4 women among 8 members are never pinned down (counts below the threshold are never shown)', () => {
    expect(simulate(DEFAULT, 4, bounds, womenPinned)).toBe(0);
  });
});
