/**
 * The pre-computed perturbation table of the cell-key method (as in the ABS TableBuilder and
 * Cantabular): for a true count n and a cell key, the noise to add. Each row is a distribution over
 * −b…+b (b = min(n, bound), so a count never goes below zero), with weights b + 1 − |d| (small
 * changes more likely than large ones), laid out over COLUMNS columns symmetrically so the noise of
 * a row averages exactly zero over the cell keys. Every value of −b…+b has at least one column, so
 * every true count within the bound of a published one stays possible.
 *
 * A cell key is mixed (a fixed bijection of 32-bit integers) before it picks its column: a total's
 * key is the sum of its parts' keys, and without mixing the columns — hence the noises — of a total
 * and its parts would be tied to each other (two parts in high columns would put the total in a
 * high column), which an attacker who knows the table could use.
 */
export class PerturbationTable {
  /** Columns per row: the top 8 bits of a 32-bit cell key pick one. */
  static readonly COLUMNS = 256;
  /** Largest configurable bound: each noise value must keep a column of its own. */
  static readonly MAX_BOUND = 10;

  private readonly rows: Int8Array[];

  constructor(readonly bound: number) {
    if (!Number.isInteger(bound) || bound < 0 || bound > PerturbationTable.MAX_BOUND) {
      throw new Error(`The noise bound is an integer from 0 to ${PerturbationTable.MAX_BOUND}, got ${bound}`);
    }
    // Rows 0…bound; every count from `bound` on uses the last row.
    this.rows = Array.from({ length: bound + 1 }, (_, n) => PerturbationTable.row(Math.min(n, bound)));
  }

  private static row(b: number): Int8Array {
    const total = (b + 1) ** 2; // sum of b + 1 − |d| over −b…b
    const columns = PerturbationTable.COLUMNS;
    const perSide = Array.from({ length: b }, (_, i) => Math.max(1, Math.round((columns * (b - i)) / total))); // d = 1…b
    const zero = columns - 2 * perSide.reduce((sum, count) => sum + count, 0);
    const layout: number[] = [];
    for (let d = -b; d <= b; d += 1) {
      const count = d === 0 ? zero : perSide[Math.abs(d) - 1];
      for (let i = 0; i < count; i += 1) layout.push(d);
    }
    return Int8Array.from(layout);
  }

  /** The column a cell key in [0, 2^32) picks: the top 8 bits of the mixed key (MurmurHash3's finaliser). */
  static column(cellKey: number): number {
    let h = cellKey >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return (h >>> 0) >>> 24;
  }

  /** The noise in one column of a true count's row. */
  noiseAt(count: number, column: number): number {
    if (count <= 0) return 0;
    return this.rows[Math.min(count, this.bound)][column];
  }

  /** The noise for a true count and a cell key in [0, 2^32). */
  noise(count: number, cellKey: number): number {
    return this.noiseAt(count, PerturbationTable.column(cellKey));
  }

  /** The share of cell keys giving each noise value for a true count (for documentation and tests). */
  distribution(count: number): Map<number, number> {
    const shares = new Map<number, number>();
    if (count <= 0) return new Map([[0, 1]]);
    for (const d of this.rows[Math.min(count, this.bound)]) shares.set(d, (shares.get(d) ?? 0) + 1 / PerturbationTable.COLUMNS);
    return shares;
  }
}
