import { DisclosurePolicy, PeopleCount } from '@icssi/platform';

/**
 * An attacker who knows everything public about the protection — the threshold, the noise bound and
 * the perturbation table (the README states them) — but not the secret record keys. From published
 * figures and the relations between cells that anyone can know (a total is the sum of its breakdown,
 * a region the sum of its areas, two periods differ by one known newcomer), it narrows down the true
 * counts: each variable keeps the set of true counts still compatible with everything observed.
 * Propagation runs to a fixpoint, so chains of relations are used too.
 */

/** Counts above this are not considered (the generated data stay far below it). */
const MAX = 400;

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
export function compatibleCounts(figure: PeopleCount, policy: DisclosurePolicy): Set<number> {
  const counts = new Set<number>();
  const top = figure.suppressed ? policy.threshold - 1 + policy.noiseBound : (figure.value as number) + policy.noiseBound;
  for (let n = Math.max(0, figure.suppressed ? 0 : (figure.value as number) - policy.noiseBound); n <= Math.min(top, MAX); n += 1) {
    const noises = possibleNoises(policy, n);
    // Counts below the threshold are always suppressed; others are shown unless their noise takes them below it.
    const possible = figure.suppressed ? n < policy.threshold || noises.some((d) => n + d < policy.threshold) : n >= policy.threshold && noises.includes((figure.value as number) - n);
    if (possible) counts.add(n);
  }
  return counts;
}

/** { a + b } for a in A, b in B (capped at MAX). */
function sumset(sets: Array<Set<number>>): Set<number> {
  let sums = new Set([0]);
  for (const set of sets) {
    const next = new Set<number>();
    for (const a of sums) for (const b of set) if (a + b <= MAX) next.add(a + b);
    sums = next;
  }
  return sums;
}

interface Relation {
  plus: string[];
  minus: string[];
}

export class Attacker {
  private readonly candidates = new Map<string, Set<number>>();
  private readonly relations: Relation[] = [];

  constructor(private readonly policy: DisclosurePolicy) {}

  private narrow(name: string, allowed: Set<number>): void {
    const current = this.candidates.get(name);
    this.candidates.set(name, new Set([...(current ?? allowed)].filter((value) => allowed.has(value))));
  }

  /** A published figure about variable `name`. */
  observe(name: string, figure: PeopleCount): this {
    this.narrow(name, compatibleCounts(figure, this.policy));
    return this;
  }

  /** Something known outright (e.g. a newcomer is counted or not: {0, 1}). */
  know(name: string, values: number[]): this {
    this.narrow(name, new Set(values));
    return this;
  }

  /** Σ plus = Σ minus, e.g. a total and its cells, a region and its areas. */
  relate(plus: string[], minus: string[]): this {
    for (const name of [...plus, ...minus]) if (!this.candidates.has(name)) this.candidates.set(name, new Set(Array.from({ length: MAX + 1 }, (_, i) => i)));
    this.relations.push({ plus, minus });
    return this;
  }

  /** Propagates every relation until nothing changes; returns this. */
  solve(): this {
    for (let changed = true; changed; ) {
      changed = false;
      for (const { plus, minus } of this.relations) {
        for (const [side, other] of [[plus, minus], [minus, plus]] as const) {
          for (let i = 0; i < side.length; i += 1) {
            // side[i] = Σ other − Σ (side without i)
            const name = side[i];
            const others = sumset(other.map((n) => this.get(n)));
            const rest = sumset(side.filter((_, j) => j !== i).map((n) => this.get(n)));
            const before = this.get(name);
            const after = new Set([...before].filter((value) => [...rest].some((r) => others.has(value + r))));
            if (after.size !== before.size) {
              this.candidates.set(name, after);
              changed = true;
            }
          }
        }
      }
    }
    return this;
  }

  /** The true counts still possible for a variable. */
  get(name: string): Set<number> {
    const set = this.candidates.get(name);
    if (!set) throw new Error(`the attacker knows nothing about ${name}`);
    return set;
  }

  /** Every variable the attacker has reasoned about. */
  names(): string[] {
    return [...this.candidates.keys()];
  }
}
