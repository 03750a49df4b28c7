import { type DisclosurePolicy, type PeopleCount } from '@icssi/platform';

/**
 * An attacker who knows everything public about the protection — the threshold, the noise bound and
 * the perturbation table (the README states them) — but not the secret record keys. From published
 * figures and the relations between cells that anyone can know (a total is the sum of its breakdown,
 * a region the sum of its areas, two periods differ by one known newcomer), it narrows down the true
 * counts: each variable keeps the range of true counts still compatible with everything observed,
 * and propagation runs to a fixpoint, so chains of relations are used too.
 *
 * The counts compatible with one published figure always form a range (checked), and a sum of
 * ranges is a range, so ranges lose nothing here against sets of values.
 */

export type Range = [number, number];

/** Counts above this are not considered (the generated data stay far below it). */
const MAX = 100_000;

const noiseCache = new WeakMap<DisclosurePolicy, Map<number, number[]>>();

/** The noise values the table can give a true count (public: the table is documented). */
function possibleNoises(policy: DisclosurePolicy, count: number): number[] {
  const cache = noiseCache.get(policy) ?? new Map<number, number[]>();
  noiseCache.set(policy, cache);
  const row = Math.min(count, policy.noiseBound);
  if (!cache.has(row)) cache.set(row, [...policy.table.distribution(count).keys()]);
  return cache.get(row) as number[];
}

/** The true counts a published figure is compatible with under the policy. */
export function compatibleCounts(figure: PeopleCount, policy: DisclosurePolicy): number[] {
  const counts: number[] = [];
  const low = figure.suppressed ? 0 : Math.max(0, (figure.value as number) - policy.noiseBound);
  const high = figure.suppressed ? policy.threshold - 1 + policy.noiseBound : (figure.value as number) + policy.noiseBound;
  for (let n = low; n <= high; n += 1) {
    const noises = possibleNoises(policy, n);
    // Counts below the threshold are always suppressed; others are shown unless their noise takes them below it.
    const possible = figure.suppressed
      ? n < policy.threshold || noises.some((d) => n + d < policy.threshold)
      : n >= policy.threshold && noises.includes((figure.value as number) - n);
    if (possible) counts.push(n);
  }
  return counts;
}

function asRange(values: number[]): Range {
  const range: Range = [Math.min(...values), Math.max(...values)];
  if (values.length !== range[1] - range[0] + 1) throw new Error('compatible counts with a gap: the attacker would need sets, not ranges');
  return range;
}

interface Relation {
  plus: string[];
  minus: string[];
}

export class Attacker {
  private readonly ranges = new Map<string, Range>();
  private readonly relations: Relation[] = [];

  constructor(private readonly policy: DisclosurePolicy) {}

  private narrow(name: string, [low, high]: Range): void {
    const [currentLow, currentHigh] = this.ranges.get(name) ?? [0, MAX];
    this.ranges.set(name, [Math.max(low, currentLow), Math.min(high, currentHigh)]);
  }

  /** A published figure about variable `name`. */
  observe(name: string, figure: PeopleCount): this {
    this.narrow(name, asRange(compatibleCounts(figure, this.policy)));
    return this;
  }

  /** Something known outright (e.g. a newcomer is counted or not: [0, 1]). */
  know(name: string, range: Range): this {
    this.narrow(name, range);
    return this;
  }

  /** Σ plus = Σ minus, e.g. a total and its cells, a region and its areas. */
  relate(plus: string[], minus: string[]): this {
    for (const name of [...plus, ...minus]) if (!this.ranges.has(name)) this.ranges.set(name, [0, MAX]);
    this.relations.push({ plus, minus });
    return this;
  }

  /** Propagates every relation until nothing changes; returns this. */
  solve(): this {
    for (let changed = true; changed;) {
      changed = false;
      for (const { plus, minus } of this.relations) {
        for (const [side, other] of [
          [plus, minus],
          [minus, plus],
        ] as const) {
          const otherLow = other.reduce((sum, name) => sum + this.get(name)[0], 0);
          const otherHigh = other.reduce((sum, name) => sum + this.get(name)[1], 0);
          const sideLow = side.reduce((sum, name) => sum + this.get(name)[0], 0);
          const sideHigh = side.reduce((sum, name) => sum + this.get(name)[1], 0);
          for (const name of side) {
            // name = Σ other − Σ (side without name)
            const [low, high] = this.get(name);
            const next: Range = [Math.max(low, otherLow - (sideHigh - high)), Math.min(high, otherHigh - (sideLow - low))];
            if (next[0] > next[1]) throw new Error(`the observations contradict each other at ${name}: the attacker model is unsound`);
            if (next[0] !== low || next[1] !== high) {
              this.ranges.set(name, next);
              changed = true;
            }
          }
        }
      }
    }
    return this;
  }

  /** The range of true counts still possible for a variable. */
  get(name: string): Range {
    const range = this.ranges.get(name);
    if (!range) throw new Error(`the attacker knows nothing about ${name}`);
    return range;
  }

  /** Whether the attacker has pinned the variable down to one value. */
  pinned(name: string): boolean {
    const [low, high] = this.get(name);
    return low === high;
  }

  /** Every variable the attacker has reasoned about. */
  names(): string[] {
    return [...this.ranges.keys()];
  }
}
