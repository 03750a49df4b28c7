import {
  AGE_BANDS,
  KEY_SPACE,
  PerturbationTable,
  cellKeyOf,
  createDisclosurePolicy,
  disclosurePolicy,
  measureKey,
  protectBreakdown,
  protectCount,
} from '@icssi/platform';

/** One cell key landing in each column of the table, in column order. */
const everyColumn: number[] = (() => {
  const keys = new Map<number, number>();
  for (let key = 0; keys.size < PerturbationTable.COLUMNS; key += 7919)
    if (!keys.has(PerturbationTable.column(key))) keys.set(PerturbationTable.column(key), key);
  return [...keys].sort(([a], [b]) => a - b).map(([, key]) => key);
})();

/** What a reader can see of a true count under a policy, over every cell key: shown values and "suppressed". */
function outcomes(count: number, threshold = 5, bound = 2): Set<string> {
  const policy = createDisclosurePolicy(threshold, bound);
  return new Set(everyColumn.map((cellKey) => String(protectCount({ count, cellKey }, null, policy).value ?? 'suppressed')));
}

describe('the perturbation table', () => {
  it.each([0, 1, 2, 3, 5, 10])(
    'with bound %i: each row stays within the bound and the count, averages exactly zero, and makes every value within the bound possible',
    (bound) => {
      const table = new PerturbationTable(bound);
      for (let count = 0; count <= 15; count += 1) {
        const noises = everyColumn.map((cellKey) => table.noise(count, cellKey));
        const reach = Math.min(count, bound);
        expect(Math.max(...noises.map(Math.abs))).toBeLessThanOrEqual(reach);
        expect(noises.reduce((sum, noise) => sum + noise, 0)).toBe(0);
        expect(new Set(noises)).toEqual(new Set(Array.from({ length: 2 * reach + 1 }, (_, i) => i - reach)));
        expect(count + Math.min(...noises)).toBeGreaterThanOrEqual(0);
      }
    },
  );

  it('favours small changes: with bound 2, no change for a third of the cell keys, ±2 for about a ninth each', () => {
    const shares = new PerturbationTable(2).distribution(40);
    expect(shares.get(0)).toBeCloseTo(86 / 256, 5);
    expect(shares.get(2)).toBeCloseTo(28 / 256, 5);
    expect(shares.get(-2)).toBe(shares.get(2));
    expect(shares.get(1)).toBe(shares.get(-1));
  });

  it('mixes a cell key before it picks a column, so a total’s noise is not tied to its parts’ (their keys add up)', () => {
    // Unmixed, two parts in the top eighth of the columns would always put their total below that eighth.
    const random = (i: number) => Math.floor(((((Math.sin(i * 12.9898) * 43758.5453) % 1) + 1) % 1) * 2 ** 32);
    const top = (key: number) => PerturbationTable.column(key) >= 224;
    let both = 0;
    let totalTop = 0;
    for (let i = 0; i < 1_000_000 && both < 1_000; i += 2) {
      const [a, b] = [random(i), random(i + 1)];
      if (!top(a) || !top(b)) continue;
      both += 1;
      if (top((a + b) % KEY_SPACE)) totalTop += 1;
    }
    expect(both).toBe(1_000);
    // About one in eight, as for any key.
    expect(totalTop / both).toBeGreaterThan(0.08);
    expect(totalTop / both).toBeLessThan(0.17);
    expect(new Set(Array.from({ length: 4096 }, (_, key) => PerturbationTable.column(key))).size).toBe(256);
  });

  it('refuses a bound it cannot lay out', () => {
    expect(() => new PerturbationTable(-1)).toThrow();
    expect(() => new PerturbationTable(11)).toThrow();
    expect(() => new PerturbationTable(1.5)).toThrow();
  });
});

describe('cell keys', () => {
  it('are the sum of the record keys modulo 2^32, whatever the order', () => {
    const keys = [KEY_SPACE - 1, KEY_SPACE - 2, 7, 123_456_789];
    expect(cellKeyOf(keys)).toBe((KEY_SPACE - 1 + KEY_SPACE - 2 + 7 + 123_456_789) % KEY_SPACE);
    expect(cellKeyOf([...keys].reverse())).toBe(cellKeyOf(keys));
    expect(cellKeyOf([42])).toBe(42);
    expect(cellKeyOf([])).toBe(0);
  });

  it('derive one independent key per figure of a record, the same every time', () => {
    const total = measureKey('3141592653', 'participants_total');
    const women = measureKey('3141592653', 'participants_women');
    expect(measureKey(3141592653, 'participants_total')).toBe(total);
    expect(women).not.toBe(total);
    for (const key of [total, women]) expect(key >= 0 && key < KEY_SPACE).toBe(true);
  });
});

describe('protected counts of people', () => {
  it('hides every protected count below the threshold — zero included, so an empty cell looks like a small one — as “fewer than” the threshold', () => {
    for (let count = 0; count <= 30; count += 1) {
      for (const cellKey of everyColumn) {
        const published = protectCount({ count, cellKey }, 'FEMALE', createDisclosurePolicy(5, 2));
        expect(published.key).toBe('FEMALE');
        if (published.suppressed) expect(published).toEqual({ key: 'FEMALE', value: null, suppressed: true, lowerThan: 5 });
        else {
          expect(published.value).toBeGreaterThanOrEqual(5);
          expect(Math.abs((published.value as number) - count)).toBeLessThanOrEqual(2);
          expect(published.lowerThan).toBeNull();
        }
      }
    }
    // A true count below the threshold is never shown as a number, whatever its key.
    for (let count = 0; count < 5; count += 1) expect(outcomes(count)).toEqual(new Set(['suppressed']));
    expect(outcomes(5)).toEqual(new Set(['suppressed', '5', '6', '7']));
  });

  it('gives the same cell the same protected count every time, and different cells different noise', () => {
    const policy = createDisclosurePolicy(5, 2);
    const cell = { count: 17, cellKey: 2_000_000_000 };
    expect(protectCount(cell, null, policy)).toEqual(protectCount({ ...cell }, null, policy));
    expect(new Set(everyColumn.map((cellKey) => protectCount({ count: 17, cellKey }, null, policy).value))).toEqual(
      new Set([15, 16, 17, 18, 19]),
    );
  });

  it('never tells whether one more person is in a cell: every answer about n people is also a possible answer about n + 1', () => {
    for (const [threshold, bound] of [
      [5, 2],
      [5, 1],
      [10, 3],
      [3, 1],
    ]) {
      for (let count = 0; count <= 40; count += 1) {
        const here = outcomes(count, threshold, bound);
        const next = outcomes(count + 1, threshold, bound);
        expect([...here].some((outcome) => next.has(outcome))).toBe(true);
        // Every shown answer is compatible with more than one true count.
        for (const outcome of here)
          if (outcome !== 'suppressed')
            expect(outcomes(count + 1, threshold, bound).has(outcome) || outcomes(count - 1, threshold, bound).has(outcome)).toBe(true);
      }
    }
  });

  it('lists every value of a closed vocabulary in its order, and refuses to publish a counted value outside it', () => {
    const policy = createDisclosurePolicy(5, 2);
    const cells = new Map([['AGE_15_29', { count: 40, cellKey: 99 }]]);
    const breakdown = protectBreakdown(cells, AGE_BANDS, policy);
    expect(breakdown.map((cell) => cell.key)).toEqual([...AGE_BANDS]);
    expect(breakdown.filter((cell) => cell.suppressed).map((cell) => cell.key)).toEqual([
      'AGE_UNDER_15',
      'AGE_30_44',
      'AGE_45_AND_OVER',
      'AGE_UNKNOWN',
    ]);
    expect(() => protectBreakdown(new Map([...cells, ['non-binary', { count: 1, cellKey: 5 }]]), AGE_BANDS, policy)).toThrow(
      /outside the published vocabulary/,
    );
  });

  it('reads the threshold and the noise bound from REPORT_MIN_CELL and REPORT_NOISE_BOUND (defaults 5 and 2)', () => {
    const saved = { min: process.env.REPORT_MIN_CELL, bound: process.env.REPORT_NOISE_BOUND };
    try {
      delete process.env.REPORT_MIN_CELL;
      delete process.env.REPORT_NOISE_BOUND;
      expect([disclosurePolicy().threshold, disclosurePolicy().noiseBound]).toEqual([5, 2]);
      process.env.REPORT_MIN_CELL = '10';
      process.env.REPORT_NOISE_BOUND = '3';
      expect([disclosurePolicy().threshold, disclosurePolicy().noiseBound]).toEqual([10, 3]);
      expect(protectCount({ count: 8, cellKey: 0 })).toMatchObject({ suppressed: true, lowerThan: 10 });
      process.env.REPORT_NOISE_BOUND = '50';
      expect(() => disclosurePolicy()).toThrow(/noise bound/);
    } finally {
      for (const [name, value] of [
        ['REPORT_MIN_CELL', saved.min],
        ['REPORT_NOISE_BOUND', saved.bound],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
