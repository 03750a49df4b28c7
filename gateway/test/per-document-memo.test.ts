import { buildSchema, parse } from 'graphql';
import { perDocumentMemo } from '../src/limits/per-document-memo';

const schema = buildSchema('type Query { a(n: Int): Int }');

describe('perDocumentMemo', () => {
  it('computes once per document, operation and variables (in any key order), and again for others', () => {
    const memo = perDocumentMemo<number>();
    const document = parse('query Q($n: Int, $m: Int) { a(n: $n) b: a(n: $m) }');
    let computed = 0;
    const compute = () => ++computed;
    expect(memo(schema, document, 'Q', { n: 1, m: 2 }, compute)).toBe(1);
    expect(memo(schema, document, 'Q', { m: 2, n: 1 }, compute)).toBe(1);
    expect(memo(schema, document, 'Q', { n: 2, m: 2 }, compute)).toBe(2);
    expect(memo(schema, parse('query Q($n: Int, $m: Int) { a(n: $n) b: a(n: $m) }'), 'Q', { n: 1, m: 2 }, compute)).toBe(3);
    expect(memo(buildSchema('type Query { a(n: Int): Int }'), document, 'Q', { n: 1, m: 2 }, compute)).toBe(4);
  });

  it('does not remember a refusal', () => {
    const memo = perDocumentMemo<number>();
    const document = parse('{ a }');
    expect(() =>
      memo(schema, document, undefined, {}, () => {
        throw new Error('bad');
      }),
    ).toThrow('bad');
    expect(memo(schema, document, undefined, {}, () => 7)).toBe(7);
  });
});
