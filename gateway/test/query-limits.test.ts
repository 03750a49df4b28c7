import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { type GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { DEFAULT_QUERY_LIMITS, operationCost, queryLimitRules, supergraphOwners } from '../src/limits/query-limits';
import { AGGREGATION_COST, reportPeriods } from '../src/limits/report-cost';

/** The query limits against the committed supergraph's API schema (what the gateway serves). */
const SUPERGRAPH = readFileSync(path.resolve(__dirname, '../../schema/supergraph.graphql'), 'utf8');
const schema: GraphQLSchema = Supergraph.build(SUPERGRAPH).apiSchema().toGraphQLJSSchema();
const owners = supergraphOwners(SUPERGRAPH);

const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), undefined, variables, owners);
const violations = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, ...queryLimitRules(DEFAULT_QUERY_LIMITS)]).map((error) => error.message);

const NESTED = (first: string) =>
  `workingGroups(first: ${first}) { nodes { members(first: ${first}) { nodes { person { memberships { workingGroup { members(first: ${first}) { nodes { role } } } } } } } } }`;

describe('cost counts variables with their defaults', () => {
  it('`query($n: Int = 100)` costs what the literal 100 costs, and is refused alike', () => {
    const literal = cost(`{ ${NESTED('100')} }`);
    expect(literal).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
    expect(cost(`query($n: Int = 100) { ${NESTED('$n')} }`)).toBe(literal);
    expect(cost(`query($n: Int) { ${NESTED('$n')} }`, { n: 100 })).toBe(literal);
    // A variable given explicitly wins over its default.
    expect(cost(`query($n: Int = 100) { ${NESTED('$n')} }`, { n: 2 })).toBe(cost(`{ ${NESTED('2')} }`));
  });

  it('a report series with its end date in a defaulted variable costs what the literal date costs', () => {
    const literal = cost(`{ regionReportSeries(from: "2016-01-01", to: "2025-12-31", granularity: QUARTER) { forumSeasons } }`);
    expect(
      cost(`query($to: Date! = "2025-12-31") { regionReportSeries(from: "2016-01-01", to: $to, granularity: QUARTER) { forumSeasons } }`),
    ).toBe(literal);
    expect(literal).toBeGreaterThan(40 * AGGREGATION_COST);
  });
});

describe('cost counts fragments where they are spread', () => {
  it('named fragments and inline fragments cost what the same fields written out cost', () => {
    const plain = cost(`{ ${NESTED('100')} }`);
    expect(cost(`{ ...Groups } fragment Groups on Query { ${NESTED('100')} }`)).toBe(plain);
    expect(cost(`{ ... on Query { ${NESTED('100')} } }`)).toBe(plain);
    // A fragment spread twice costs twice.
    expect(
      cost(
        `{ a: workingGroups(first: 50) { nodes { ...G } } b: workingGroups(first: 50) { nodes { ...G } } } fragment G on WorkingGroup { id name }`,
      ),
    ).toBe(2 * cost(`{ workingGroups(first: 50) { nodes { id name } } }`));
  });
});

describe('report fields cost periods × subgraphs of aggregation', () => {
  const FIGURES = `region period activeMembers { value suppressed } participants { value suppressed } forumSeasons averageProgress`;
  const series = (from: string, to: string, granularity: string, fields = FIGURES) =>
    `regionReportSeries(from: "${from}", to: "${to}", granularity: ${granularity}) { ${fields} }`;

  it('counts the periods of a series', () => {
    expect(reportPeriods({ from: '2013-01-01', to: '2026-12-31', granularity: 'YEAR' })).toBe(14);
    expect(reportPeriods({ from: '2025-11-15', to: '2026-08-01', granularity: 'QUARTER' })).toBe(4);
    expect(reportPeriods({ from: '2026-01-15', to: '2026-12-01', granularity: 'MONTH' })).toBe(12);
    expect(reportPeriods({ from: '2016-01-01', to: '2025-12-31', granularity: 'QUARTER' })).toBe(40);
    // Refused by the subgraph before any figure is computed: the work of one period at most.
    expect(reportPeriods({ from: '1990-01-01', to: '2026-12-31', granularity: 'QUARTER' })).toBe(1);
    expect(reportPeriods({ from: '2026-01-01', to: '2025-01-01', granularity: 'YEAR' })).toBe(1);
    expect(reportPeriods({ period: { year: 2026 } })).toBe(1);
  });

  it('twelve aliased series of 40 quarters are refused, one series of 40 quarters of one subgraph is not', () => {
    const twelve = cost(`{ ${Array.from({ length: 12 }, (_, i) => `s${i}: ${series('2016-01-01', '2025-12-31', 'QUARTER')}`).join(' ')} }`);
    // 12 series × 40 quarters × 4 subgraphs aggregations at least.
    expect(twelve).toBeGreaterThanOrEqual(12 * 40 * 4 * AGGREGATION_COST);
    expect(twelve).toBeGreaterThan(10 * DEFAULT_QUERY_LIMITS.maxCost);
    const oneSubgraph = cost(`{ ${series('2016-01-01', '2025-12-31', 'QUARTER', 'region period forumSeasons forumSessions')} }`);
    expect(oneSubgraph).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
    // Each further subgraph's figures add one aggregation per period.
    const twoSubgraphs = cost(
      `{ ${series('2016-01-01', '2025-12-31', 'QUARTER', 'region period forumSeasons forumSessions averageProgress')} }`,
    );
    expect(twoSubgraphs - oneSubgraph).toBe(40 * AGGREGATION_COST + 40 * 3);
  });

  it('the subgraphs a fragment selects count as if written out', () => {
    const written = cost(`{ ${series('2013-01-01', '2026-12-31', 'YEAR')} }`);
    expect(
      cost(
        `{ regionReportSeries(from: "2013-01-01", to: "2026-12-31", granularity: YEAR) { ...F } } fragment F on RegionReport { ${FIGURES} }`,
      ),
    ).toBe(written);
    expect(written).toBeGreaterThanOrEqual(14 * 4 * AGGREGATION_COST);
  });

  it("one period's reports cost one aggregation per subgraph, whatever the regions", () => {
    expect(cost(`{ regionReports(period: { year: 2026 }) { region forumSeasons } }`)).toBe(1 + 3 * 2 + AGGREGATION_COST);
  });
});

describe('depth, alias and root-field limits see through fragments', () => {
  it('root fields brought by a fragment spread on Query count one by one', () => {
    const fields = Array.from({ length: 13 }, (_, i) => `r${i}: governorates(first: 1) { totalCount }`).join(' ');
    expect(violations(`{ ...Roots } fragment Roots on Query { ${fields} }`)).toContain(
      'The operation has 13 root fields; at most 12 are allowed.',
    );
    expect(violations(`{ ... on Query { ${fields} } }`)).toContain('The operation has 13 root fields; at most 12 are allowed.');
    expect(violations(`{ ...Roots } fragment Roots on Query { ${fields.split(' r12')[0]} }`)).toEqual([]);
  });

  it('aliases inside fragments count', () => {
    const aliased = Array.from({ length: 21 }, (_, i) => `a${i}: name`).join(' ');
    expect(violations(`{ workingGroups { nodes { ...A } } } fragment A on WorkingGroup { ${aliased} }`)).toContain(
      'The operation has 21 aliases; at most 20 are allowed.',
    );
  });

  it('depth inside fragments counts from where they are spread', () => {
    const deep = `{ workingGroups { nodes { hostOrganisation { ...O } } } } fragment O on Organisation { members { nodes { organisation { members { nodes { organisation { members { nodes { organisation { name } } } } } } } } } }`;
    expect(violations(deep)).toContain('The query is 13 levels deep; at most 12 are allowed.');
  });
});
