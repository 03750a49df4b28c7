import { type PeopleCount, Region, Role, disclosurePolicy, governoratesOf, noGovernorateArea } from '@icssi/platform';
import { Attacker } from '@icssi/test-kit/disclosure-attacker';
import { type GeneratedPeople, generatePeople } from '@icssi/test-kit/generated-people';
import { type TrueCells, memberCells, participantCells, seatCells, trueCell } from '@icssi/test-kit/report-truth';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

/**
 * The attacks of issue 16, replayed through the gateway against generated data whose ground truth
 * is known (tests/kit/generated-people.ts), by callers who may read reports: the bridge team and an
 * editor of the other region. Every figure the attacks use goes into one attacker who knows the
 * published protection (threshold, bound, table) and the public relations between cells
 * (disclosure-attacker.ts). The attacks must fail: no count below the threshold about any person is
 * pinned down, and no person's attribute follows from a pair of answers.
 */
let stack: TestStack;
let generated: GeneratedPeople;
let bridge: Record<string, string>;
let otherRegionEditor: Record<string, string>;

beforeAll(async () => {
  stack = await startTestStack({ seed: false });
  generated = await generatePeople(stack);
  bridge = await bearer(Role.BRIDGE);
  otherRegionEditor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
});

afterAll(async () => {
  await stack?.dispose();
});

const policy = () => disclosurePolicy();
const REGIONS = [Region.FEDERAL_IRAQ, Region.KURDISTAN_REGION, Region.INTERNATIONAL];
const GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'];
const AGES = ['AGE_UNDER_15', 'AGE_15_29', 'AGE_30_44', 'AGE_45_AND_OVER', 'AGE_UNKNOWN'];
const SECTORS = [
  'CIVIL_SOCIETY',
  'LOCAL_AUTHORITY',
  'COMMUNITY_LEADER',
  'RELIGIOUS_LEADER',
  'TRIBAL_LEADER',
  'WOMEN_REPRESENTATIVE',
  'YOUTH_REPRESENTATIVE',
];

/** The people figures of a report, and how each breakdown adds up to its total. */
const PEOPLE = `fragment P on PeopleCount { key value suppressed lowerThan }
fragment People on RegionReport { activeMembers { ...P } activeMembersByGender { ...P } activeMembersByAge { ...P } councilMembers { ...P } councilMembersBySector { ...P } participants { ...P } participantsWomen { ...P } participantsYouth { ...P } }
fragment AreaPeople on GovernorateReport { activeMembers { ...P } activeMembersByGender { ...P } activeMembersByAge { ...P } councilMembers { ...P } councilMembersBySector { ...P } participants { ...P } participantsWomen { ...P } participantsYouth { ...P } }`;
const BREAKDOWNS: Array<{ total: string; cells: string; vocabulary: string[] }> = [
  { total: 'activeMembers', cells: 'activeMembersByGender', vocabulary: GENDERS },
  { total: 'activeMembers', cells: 'activeMembersByAge', vocabulary: AGES },
  { total: 'councilMembers', cells: 'councilMembersBySector', vocabulary: SECTORS },
];
/** Every variable of one area's report: the totals, then each breakdown cell. */
const VARIABLES = [
  'activeMembers',
  'councilMembers',
  'participants',
  'participantsWomen',
  'participantsYouth',
  ...BREAKDOWNS.flatMap((breakdown) => breakdown.vocabulary.map((key) => `${breakdown.cells}:${key}`)),
];

type Figures = Record<string, PeopleCount | PeopleCount[] | string>;
const name = (area: string, period: string, variable: string) => `${area}|${period}|${variable}`;

/** What the generated data really hold for each variable asked in the current test (the test's knowledge, not the attacker's). */
const truths = new Map<string, number>();
beforeEach(() => truths.clear());

async function learnTruth(period: string, from: string, to: string): Promise<void> {
  const [members, seats, participants] = await Promise.all([
    memberCells(stack, from, to),
    seatCells(stack, from, to),
    participantCells(stack, from, to),
  ]);
  const of = (cells: TrueCells, area: string, cell: string) => trueCell(cells, area, cell).count;
  const areas = REGIONS.flatMap((region) => [region, ...governoratesOf(region), noGovernorateArea(region)]);
  for (const area of areas) {
    truths.set(name(area, period, 'activeMembers'), of(members, area, 'total'));
    truths.set(name(area, period, 'councilMembers'), of(seats, area, 'total'));
    truths.set(name(area, period, 'participants'), of(participants, area, 'participants_total'));
    truths.set(name(area, period, 'participantsWomen'), of(participants, area, 'participants_women'));
    truths.set(name(area, period, 'participantsYouth'), of(participants, area, 'participants_youth'));
    for (const key of GENDERS) truths.set(name(area, period, `activeMembersByGender:${key}`), of(members, area, `gender:${key}`));
    for (const key of AGES) truths.set(name(area, period, `activeMembersByAge:${key}`), of(members, area, `age:${key}`));
    for (const key of SECTORS) truths.set(name(area, period, `councilMembersBySector:${key}`), of(seats, area, `sector:${key}`));
  }
}

/** Puts one area's published figures into the attacker, with the relations between its totals and breakdowns. */
function observeArea(attacker: Attacker, area: string, period: string, figures: Figures): void {
  for (const variable of ['activeMembers', 'councilMembers', 'participants', 'participantsWomen', 'participantsYouth'])
    attacker.observe(name(area, period, variable), figures[variable] as PeopleCount);
  for (const breakdown of BREAKDOWNS) {
    const cells = figures[breakdown.cells] as PeopleCount[];
    expect(cells.map((cell) => cell.key)).toEqual(breakdown.vocabulary);
    for (const cell of cells) attacker.observe(name(area, period, `${breakdown.cells}:${cell.key}`), cell);
    attacker.relate(
      [name(area, period, breakdown.total)],
      breakdown.vocabulary.map((key) => name(area, period, `${breakdown.cells}:${key}`)),
    );
  }
}

/** Every area of every region for a period, as the caller sees them; the attacker learns all of it, and that each region is the sum of its areas. */
async function askEverything(
  attacker: Attacker,
  period: Record<string, unknown>,
  from: string,
  to: string,
  headers = bridge,
): Promise<Map<string, Figures>> {
  const query = `query($period: ReportPeriodInput!, $f: ReportPeriodInput!, $k: ReportPeriodInput!, $i: ReportPeriodInput!) {
    regionReports(period: $period) { region period ...People }
    federal: governorateReports(period: $f, region: FEDERAL_IRAQ) { governorateCode period ...AreaPeople }
    kurdistan: governorateReports(period: $k, region: KURDISTAN_REGION) { governorateCode period ...AreaPeople }
    international: governorateReports(period: $i, region: INTERNATIONAL) { governorateCode period ...AreaPeople } }
    ${PEOPLE}`;
  const { body } = await postGraphql<Record<string, Array<Figures & { period: string }>>>(
    stack.gateway.url,
    query,
    { period, f: period, k: period, i: period },
    headers,
  );
  expect(body.errors).toBeUndefined();
  const key = body.data!.regionReports[0].period;
  await learnTruth(key, from, to);
  const byArea = new Map<string, Figures>();
  for (const report of body.data!.regionReports) byArea.set(report.region as string, report);
  for (const list of ['federal', 'kurdistan', 'international'])
    for (const report of body.data![list]) byArea.set(report.governorateCode as string, report);
  for (const [area, figures] of byArea) observeArea(attacker, area, key, figures);
  for (const region of REGIONS) {
    const areas = [...governoratesOf(region), noGovernorateArea(region)];
    for (const variable of VARIABLES)
      attacker.relate(
        [name(region, key, variable)],
        areas.map((area) => name(area, key, variable)),
      );
  }
  return byArea;
}

/** The attacker's range for a variable after propagation, and whether it still holds the truth (a sound attacker). */
function conclude(attacker: Attacker, variable: string): [number, number] {
  const range = attacker.get(variable);
  const truth = truths.get(variable);
  if (truth !== undefined) expect(truth >= range[0] && truth <= range[1]).toBe(true);
  return range;
}

/** Whether a person-sized difference δ ∈ {0, 1} between two cells stays undecided for the attacker. */
function undecided(attacker: Attacker, before: string, after: string, label: string): boolean {
  attacker.know(label, [0, 1]).relate([after], [before, label]).solve();
  const [low, high] = attacker.get(label);
  return low === 0 && high === 1;
}

describe('attacks on the reports (issue 16), against generated data with known ground truth', () => {
  it('sliding a period by a year does not tell the only international member’s birth year, nor whether a federal member left the youth band', async () => {
    const attacker = new Attacker(policy());
    await askEverything(attacker, { year: 2026 }, '2026-01-01', '2026-12-31', otherRegionEditor);
    await askEverything(attacker, { year: 2027 }, '2027-01-01', '2027-12-31', otherRegionEditor);
    attacker.solve();
    // Suppression alone answered: youth when the period ends in 2026, not in 2027, hence born 1997.
    expect(truths.get(name('INTERNATIONAL', '2026', 'activeMembersByAge:AGE_15_29'))).toBe(1);
    expect(truths.get(name('INTERNATIONAL', '2027', 'activeMembersByAge:AGE_30_44'))).toBe(1);
    for (const variable of [
      name('INTERNATIONAL', '2026', 'activeMembersByAge:AGE_15_29'),
      name('INTERNATIONAL', '2027', 'activeMembersByAge:AGE_15_29'),
      name('INTERNATIONAL', '2027', 'activeMembersByAge:AGE_30_44'),
    ]) {
      const [low, high] = conclude(attacker, variable);
      expect(low === 0 && high >= 1).toBe(true);
    }
    // Federal Iraq: the same people both years; one of them (born 1997) leaves the 15–29 band.
    expect(
      truths.get(name('FEDERAL_IRAQ', '2026', 'activeMembersByAge:AGE_15_29'))! -
        truths.get(name('FEDERAL_IRAQ', '2027', 'activeMembersByAge:AGE_15_29'))!,
    ).toBe(1);
    expect(
      undecided(
        attacker,
        name('FEDERAL_IRAQ', '2027', 'activeMembersByAge:AGE_15_29'),
        name('FEDERAL_IRAQ', '2026', 'activeMembersByAge:AGE_15_29'),
        'left the band',
      ),
    ).toBe(true);
  });

  it('adjacent periods do not tell the newcomer’s gender (month to month, quarter to quarter, in her governorate and her region); day ranges give no counts of people', async () => {
    const attacker = new Attacker(policy());
    for (const [period, from, to] of [
      [{ year: 2026, month: 5 }, '2026-05-01', '2026-05-31'],
      [{ year: 2026, month: 6 }, '2026-06-01', '2026-06-30'],
      [{ year: 2026, quarter: 1 }, '2026-01-01', '2026-03-31'],
      [{ year: 2026, quarter: 2 }, '2026-04-01', '2026-06-30'],
    ] as const) {
      await askEverything(attacker, period, from, to);
    }
    attacker.solve();
    for (const [area, before, after] of [
      ['IQ-BG', '2026-05', '2026-06'],
      ['FEDERAL_IRAQ', '2026-05', '2026-06'],
      ['IQ-BG', '2026-Q1', '2026-Q2'],
      ['FEDERAL_IRAQ', '2026-Q1', '2026-Q2'],
    ]) {
      const [female, femaleLater] = [name(area, before, 'activeMembersByGender:FEMALE'), name(area, after, 'activeMembersByGender:FEMALE')];
      expect(truths.get(femaleLater)! - truths.get(female)!).toBe(1);
      expect(undecided(attacker, female, femaleLater, `newcomer female in ${area} ${after}`)).toBe(true);
      const [male, maleLater] = [name(area, before, 'activeMembersByGender:MALE'), name(area, after, 'activeMembersByGender:MALE')];
      expect(undecided(attacker, male, maleLater, `newcomer male in ${area} ${after}`)).toBe(true);
    }
    // The two ranges one day apart around her start date: no counts of people for ranges.
    for (const period of [
      { from: '2026-06-14', to: '2026-06-14' },
      { from: '2026-06-15', to: '2026-06-15' },
    ]) {
      const { body } = await postGraphql<{ regionReports: Figures[] }>(
        stack.gateway.url,
        `query($p: ReportPeriodInput!) { regionReports(period: $p) { activeMembersByGender { value } } }`,
        { p: period },
        bridge,
      );
      expect(body.data!.regionReports.every((report) => report.activeMembersByGender === null)).toBe(true);
      expect(new Set(body.errors!.map((error) => error.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    }
  });

  it('a gender outside FEMALE and MALE is a published, protected cell of its own: the total minus the other cells does not give the person away, even with the exact total', async () => {
    const attacker = new Attacker(policy());
    const figures = await askEverything(attacker, { year: 2026 }, '2026-01-01', '2026-12-31');
    // Memberships are public: the attacker can count the members of the governorate exactly.
    const total = truths.get(name('IQ-NI', '2026', 'activeMembers'))!;
    attacker.know(name('IQ-NI', '2026', 'activeMembers'), [total, total]).solve();
    const other = name('IQ-NI', '2026', 'activeMembersByGender:OTHER');
    expect(truths.get(other)).toBe(1);
    // Every member counts in exactly one published cell: the cells' true counts add up to the total.
    for (const area of ['IQ-NI', 'FEDERAL_IRAQ'])
      expect(GENDERS.reduce((sum, key) => sum + truths.get(name(area, '2026', `activeMembersByGender:${key}`))!, 0)).toBe(
        truths.get(name(area, '2026', 'activeMembers')),
      );
    expect((figures.get('IQ-NI')!.activeMembersByGender as PeopleCount[]).find((cell) => cell.key === 'OTHER')).toEqual({
      key: 'OTHER',
      value: null,
      suppressed: true,
      lowerThan: 5,
    });
    const [low, high] = conclude(attacker, other);
    expect(low).toBe(0);
    expect(high).toBeGreaterThanOrEqual(1);
  });

  it('bounds from hidden cells do not pin down 4 women and 4 men among 8 members, even with the exact total, and an empty cell never shows as zero in any period', async () => {
    const attacker = new Attacker(policy());
    for (const [period, from, to] of [
      [{ year: 2025 }, '2025-01-01', '2025-12-31'],
      [{ year: 2026 }, '2026-01-01', '2026-12-31'],
      [{ year: 2026, quarter: 3 }, '2026-07-01', '2026-09-30'],
      [{ year: 2026, month: 2 }, '2026-02-01', '2026-02-28'],
    ] as const) {
      const figures = await askEverything(attacker, period, from, to);
      const key = (figures.get('FEDERAL_IRAQ') as Figures & { period: string }).period;
      for (const [area, report] of figures) {
        for (const variable of VARIABLES) {
          const [measure, cellKey] = variable.split(':');
          const figure = cellKey
            ? (report[measure] as PeopleCount[]).find((cell) => cell.key === cellKey)!
            : (report[measure] as PeopleCount);
          if (truths.get(name(area, key, variable)) === 0) expect(figure).toMatchObject({ value: null, suppressed: true });
          if (figure.value !== null) expect(figure.value).toBeGreaterThanOrEqual(5);
        }
      }
    }
    // Memberships are public: the attacker knows there are exactly 8 members in Erbil.
    for (const period of ['2025', '2026', '2026-Q3', '2026-02']) attacker.know(name('IQ-AR', period, 'activeMembers'), [8, 8]);
    attacker.solve();
    for (const period of ['2025', '2026', '2026-Q3', '2026-02']) {
      expect([
        truths.get(name('IQ-AR', period, 'activeMembers')),
        truths.get(name('IQ-AR', period, 'activeMembersByGender:FEMALE')),
      ]).toEqual([8, 4]);
      for (const gender of ['FEMALE', 'MALE'])
        expect(attacker.pinned(name('IQ-AR', period, `activeMembersByGender:${gender}`))).toBe(false);
    }
  });

  it('the region minus its governorates does not give away a governorate’s seats or the members located in no governorate', async () => {
    const attacker = new Attacker(policy());
    const figures = await askEverything(attacker, { year: 2026 }, '2026-01-01', '2026-12-31', otherRegionEditor);
    attacker.solve();
    expect([
      truths.get(name('FEDERAL_IRAQ', '2026', 'councilMembers')),
      truths.get(name('IQ-BG', '2026', 'councilMembers')),
      truths.get(name('IQ-NI', '2026', 'councilMembers')),
    ]).toEqual([8, 5, 3]);
    expect(attacker.pinned(name('IQ-NI', '2026', 'councilMembers'))).toBe(false);
    // The members located in no governorate are an explicit, protected area of the region.
    expect(truths.get(name(noGovernorateArea(Region.FEDERAL_IRAQ), '2026', 'activeMembers'))).toBe(2);
    expect(figures.get(noGovernorateArea(Region.FEDERAL_IRAQ))!.activeMembers).toMatchObject({ suppressed: true, lowerThan: 5 });
    expect(attacker.pinned(name(noGovernorateArea(Region.FEDERAL_IRAQ), '2026', 'activeMembers'))).toBe(false);
  });

  it('an action’s public figures are the report cell’s own figures, and subtracting the other actions from the region does not give them away', async () => {
    const attacker = new Attacker(policy());
    const figures = await askEverything(attacker, { year: 2026, month: 3 }, '2026-03-01', '2026-03-31');
    // The public (no token) asks for every action of the month.
    const { body } = await postGraphql<{
      campaignActions: {
        nodes: Array<{
          id: string;
          governorate: { code: string };
          participantsTotal: PeopleCount;
          participantsWomen: PeopleCount;
          participantsYouth: PeopleCount;
        }>;
      };
    }>(
      stack.gateway.url,
      `{ campaignActions(first: 50, filter: { occurred: { from: "2026-03-01", to: "2026-03-31" } }) { nodes { id governorate { code } participantsTotal { key value suppressed lowerThan } participantsWomen { key value suppressed lowerThan } participantsYouth { key value suppressed lowerThan } } } }`,
    );
    const actions = body.data!.campaignActions.nodes;
    expect(actions).toHaveLength(3);
    const babil = actions.find((action) => action.id === generated.babilActionId)!;
    const cell = figures.get('IQ-BB')!;
    expect([babil.participantsTotal, babil.participantsWomen, babil.participantsYouth]).toEqual([
      cell.participants,
      cell.participantsWomen,
      cell.participantsYouth,
    ]);
    expect(babil.participantsTotal).toEqual({ key: null, value: null, suppressed: true, lowerThan: 5 });
    for (const [index, action] of actions.entries()) attacker.observe(`action ${index}`, action.participantsTotal);
    attacker.relate(
      [name('FEDERAL_IRAQ', '2026-03', 'participants')],
      actions.map((_, index) => `action ${index}`),
    );
    attacker.relate([name('IQ-BB', '2026-03', 'participants')], [`action ${actions.indexOf(babil)}`]);
    attacker.solve();
    expect(truths.get(name('IQ-BB', '2026-03', 'participants'))).toBe(4);
    expect(attacker.pinned(name('IQ-BB', '2026-03', 'participants'))).toBe(false);
    expect(attacker.pinned(name('IQ-BB', '2026-03', 'participantsWomen'))).toBe(false);
  });

  it('pins down no count below the threshold, whatever it combines: every period, area and breakdown asked together', async () => {
    const attacker = new Attacker(policy());
    const periods = [
      [{ year: 2025 }, '2025-01-01', '2025-12-31'],
      [{ year: 2026 }, '2026-01-01', '2026-12-31'],
      [{ year: 2027 }, '2027-01-01', '2027-12-31'],
      ...[1, 2, 3, 4].map((quarter) => [
        { year: 2026, quarter },
        `2026-${String(quarter * 3 - 2).padStart(2, '0')}-01`,
        new Date(Date.UTC(2026, quarter * 3, 0)).toISOString().slice(0, 10),
      ]),
      ...[3, 5, 6, 7].map((month) => [
        { year: 2026, month },
        `2026-${String(month).padStart(2, '0')}-01`,
        new Date(Date.UTC(2026, month, 0)).toISOString().slice(0, 10),
      ]),
    ] as Array<[Record<string, unknown>, string, string]>;
    for (const [period, from, to] of periods) await askEverything(attacker, period, from, to);
    attacker.solve();
    let small = 0;
    for (const [variable, truth] of truths) {
      const [low, high] = conclude(attacker, variable);
      if (truth >= 1 && truth < 5) {
        small += 1;
        expect(`${variable}: ${low === high ? 'pinned' : 'not pinned'}`).toBe(`${variable}: not pinned`);
      }
      if (high - low === 0) expect(truth === 0 || truth >= 5).toBe(true);
    }
    // The generated data hold many small cells, so this is not vacuous.
    expect(small).toBeGreaterThan(100);
  });

  it('answers the same protected figures to repeated and re-ordered queries, through another query, period path or area', async () => {
    const first = `{ regionReports(period: { year: 2026, quarter: 2 }) { region activeMembers { value suppressed } activeMembersByGender { key value } councilMembers { value } } }`;
    const reordered = `{ regionReports(period: { quarter: 2, year: 2026 }) { councilMembers { value } g: activeMembersByGender { value key } activeMembers { suppressed value } region } }`;
    const [a, b, c] = await Promise.all(
      [first, first, reordered].map((query) =>
        postGraphql<{ regionReports: Array<Record<string, unknown>> }>(stack.gateway.url, query, {}, bridge),
      ),
    );
    expect(b.body).toEqual(a.body);
    const byRegion = (body: typeof a.body): Record<string, Record<string, unknown>> =>
      Object.fromEntries(body.data!.regionReports.map((report) => [report.region, report]));
    for (const [region, report] of Object.entries(byRegion(c.body))) {
      expect(report.activeMembers).toEqual(byRegion(a.body)[region].activeMembers);
      expect(report.councilMembers).toEqual(byRegion(a.body)[region].councilMembers);
      expect((report.g as Array<{ key: string; value: number | null }>).map(({ key, value }) => ({ key, value }))).toEqual(
        byRegion(a.body)[region].activeMembersByGender,
      );
    }
    // The same quarter through a series, and as the editor of the other region.
    const series = await postGraphql<{ regionReportSeries: Array<Record<string, unknown>> }>(
      stack.gateway.url,
      `{ regionReportSeries(from: "2026-04-01", to: "2026-09-30", granularity: QUARTER) { region period activeMembers { value suppressed } activeMembersByGender { key value } councilMembers { value } } }`,
      {},
      otherRegionEditor,
    );
    for (const point of series.body.data!.regionReportSeries.filter((p) => p.period === '2026-Q2')) {
      const { period: _period, ...figures } = point;
      expect(figures).toEqual(byRegion(a.body)[point.region as string]);
    }
    // The international members are all located in no governorate: the same people, the same cell, the same figures.
    const international = await postGraphql<{
      regionReports: Array<{ region: string; activeMembers: PeopleCount; activeMembersByAge: PeopleCount[] }>;
      governorateReports: Array<{ activeMembers: PeopleCount; activeMembersByAge: PeopleCount[] }>;
    }>(
      stack.gateway.url,
      `{ regionReports(period: { year: 2026 }) { region activeMembers { key value suppressed lowerThan } activeMembersByAge { key value suppressed lowerThan } }
         governorateReports(period: { year: 2026 }, region: INTERNATIONAL) { activeMembers { key value suppressed lowerThan } activeMembersByAge { key value suppressed lowerThan } } }`,
      {},
      bridge,
    );
    const region = international.body.data!.regionReports.find((report) => report.region === Region.INTERNATIONAL)!;
    expect(international.body.data!.governorateReports).toEqual([
      { activeMembers: region.activeMembers, activeMembersByAge: region.activeMembersByAge },
    ]);
  });

  it('refuses to publish a breakdown when a counted value falls outside the vocabulary (were the database’s guard ever lifted)', async () => {
    const organisations = stack.subgraphs.organisations.dataSource;
    await organisations.query(`ALTER TABLE person DROP CONSTRAINT person_gender_vocabulary`);
    try {
      await organisations.query(`UPDATE person SET gender = 'non-binary' WHERE id = $1`, [generated.otherGenderId]);
      const { body } = await postGraphql<{ regionReports: Figures[] }>(
        stack.gateway.url,
        `{ regionReports(period: { year: 2026 }) { region activeMembers { value } activeMembersByGender { key value } } }`,
        {},
        bridge,
      );
      const federal = body.data!.regionReports.find((report) => report.region === Region.FEDERAL_IRAQ)!;
      expect(federal.activeMembersByGender).toBeNull();
      expect(body.errors!.map((error) => error.extensions?.code)).toContain('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(body)).not.toContain('non-binary');
    } finally {
      await organisations.query(`UPDATE person SET gender = 'OTHER' WHERE id = $1`, [generated.otherGenderId]);
      await organisations.query(
        `ALTER TABLE person ADD CONSTRAINT person_gender_vocabulary CHECK (gender IN ('FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'))`,
      );
    }
  });
});
