import { Region, Role } from '@icssi/platform';
import { expectedFigure, memberCells, trueCell } from '@icssi/test-kit/report-truth';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

let stack: TestStack;
let origin: string;

beforeAll(async () => {
  stack = await startTestStack();
  origin = new URL(stack.gateway.url).origin;
});

afterAll(async () => {
  await stack?.dispose();
});

/** A small RFC 4180 reader: quoted cells, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
}

async function download(path: string, headers: Record<string, string>) {
  const response = await fetch(`${origin}${path}`, { headers });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    contentLanguage: response.headers.get('content-language'),
    disposition: response.headers.get('content-disposition'),
    bytes,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
  };
}

/**
 * The file's columns in order, as a reader of the file expects them: the identifier (the English
 * header, what scripts read), the HXL tag and the Arabic header. Stated here as the format the
 * test holds the export to, not taken from the gateway's code.
 */
const COLUMNS: ReadonlyArray<readonly [column: string, hxl: string, arabic: string]> = [
  ['region', '#region+code', 'المنطقة'],
  ['region_name', '#region+name', 'اسم المنطقة'],
  ['period', '#date+period', 'الفترة'],
  ['from', '#date+start', 'من'],
  ['to', '#date+end', 'إلى'],
  ['measure', '#indicator+name', 'المؤشر'],
  ['category', '#indicator+category', 'الفئة'],
  ['dac_sector', '#sector+code', 'قطاع لجنة المساعدة الإنمائية'],
  ['value', '#indicator+value+num', 'القيمة'],
  ['suppressed', '#meta+suppressed', 'محجوبة'],
  ['lower_than', '#meta+lower_than', 'أقل من'],
  ['measure_name', '#indicator+label', 'اسم المؤشر'],
  ['category_name', '#indicator+category+label', 'اسم الفئة'],
];
const HEADER = COLUMNS.map(([column]) => column);
const ARABIC_HEADER = COLUMNS.map(([, , arabic]) => arabic);
const HXL_TAGS = COLUMNS.map(([, hxl]) => hxl);
const PEOPLE_MEASURES = [
  'activeMembers',
  'activeMembersByGender',
  'activeMembersByAge',
  'participants',
  'participantsWomen',
  'participantsYouth',
  'councilMembers',
  'councilMembersBySector',
];
type Count = { key?: string | null; value: number | null; suppressed: boolean; lowerThan: number | null };

/** The export's value, suppressed and lower_than columns as the graph's PeopleCount would give them. */
const asRow = (count: Count) => [
  count.value === null ? '' : String(count.value),
  String(count.suppressed),
  count.lowerThan === null ? '' : String(count.lowerThan),
];

describe('region report exports', () => {
  it('downloads the CSV with a byte-order mark, the header, Arabic names intact and the same figures as the graph', async () => {
    const file = await download('/exports/region-report.csv?period=2026', { ...(await bearer(Role.BRIDGE)), 'accept-language': 'ar' });
    expect(file.status).toBe(200);
    expect(file.type).toBe('text/csv; charset=utf-8');
    expect(file.disposition).toBe('attachment; filename="region-report-2026.csv"');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(file.text.slice(1));
    expect(header).toEqual(ARABIC_HEADER);
    const federal = rows.filter((row) => row[0] === Region.FEDERAL_IRAQ);
    expect(new Set(federal.map((row) => row[1]))).toEqual(new Set(['العراق الاتحادي']));
    expect(rows.some((row) => row[1] === 'إقليم كوردستان')).toBe(true);
    const value = (region: string, measure: string, category = '') =>
      rows.find((row) => row[0] === region && row[5] === measure && row[6] === category);
    const people = await memberCells(stack, '2026-01-01', '2026-12-31');
    expect(value(Region.FEDERAL_IRAQ, 'activeMembers')?.slice(8, 11)).toEqual(
      asRow(expectedFigure(trueCell(people, Region.FEDERAL_IRAQ, 'total'))),
    );
    expect(value(Region.FEDERAL_IRAQ, 'activeMembersByAge', 'AGE_30_44')?.slice(8, 11)).toEqual(
      asRow(expectedFigure(trueCell(people, Region.FEDERAL_IRAQ, 'age:AGE_30_44'))),
    );
    expect(value(Region.FEDERAL_IRAQ, 'activeMembersByGender', 'OTHER')?.slice(8, 11)).toEqual(['', 'true', '5']);
    expect(value(Region.FEDERAL_IRAQ, 'workingGroupsByTheme', 'TRANSPARENCY')?.slice(7)).toEqual([
      '15113',
      '1',
      'false',
      '',
      'مجموعات العمل حسب الموضوع',
      'الشفافية',
    ]);
    // Every row is complete and of the requested period.
    expect(
      rows.every((row) => row.length === HEADER.length && row[2] === '2026' && row[3] === '2026-01-01' && row[4] === '2026-12-31'),
    ).toBe(true);
  });

  it('adds the HXL tag row in the HXL variant, for quarters and months too', async () => {
    const headers = await bearer(Role.ADMIN);
    const quarter = await download('/exports/region-report.hxl.csv?period=2026-Q3', headers);
    expect(quarter.status).toBe(200);
    const [header, tags, ...rows] = parseCsv(quarter.text.slice(1));
    expect(header).toEqual(HEADER);
    expect(tags).toEqual(HXL_TAGS);
    expect(rows[0].slice(2, 5)).toEqual(['2026-Q3', '2026-07-01', '2026-09-30']);
    const month = await download('/exports/region-report.hxl.csv?period=2026-02', headers);
    expect(parseCsv(month.text.slice(1))[2].slice(2, 5)).toEqual(['2026-02', '2026-02-01', '2026-02-28']);
  });

  it('names measures and categories in the caller’s language, with the codes beside them', async () => {
    const headers = await bearer(Role.BRIDGE);
    const names = async (acceptLanguage: string) => {
      const file = await download('/exports/region-report.csv?period=2026', { ...headers, 'accept-language': acceptLanguage });
      expect(file.contentLanguage).toBe(acceptLanguage);
      const [header, ...rows] = parseCsv(file.text.slice(1));
      const at = (name: string) => HEADER.indexOf(name);
      const find = (measure: string, category: string) =>
        rows.find(
          (row) => row[at('region')] === Region.KURDISTAN_REGION && row[at('measure')] === measure && row[at('category')] === category,
        )!;
      return {
        header,
        rows,
        theme: find('campaignsByTheme', 'FREEDOM_OF_EXPRESSION'),
        status: find('campaignsByStatus', 'ACTIVE'),
        sector: rows.find((row) => row[at('measure')] === 'councilMembersBySector' && row[at('category')] === 'CIVIL_SOCIETY')!,
        at,
      };
    };
    const sorani = await names('ckb');
    expect(sorani.header[0]).toBe('هەرێم');
    expect(sorani.theme[sorani.at('category_name')]).toBe('ئازادیی ڕادەربڕین');
    expect(sorani.theme[sorani.at('measure_name')]).toBe('هەڵمەتەکان بەپێی بابەت');
    expect(sorani.theme[sorani.at('region_name')]).toBe('هەرێمی کوردستان');
    expect(sorani.status[sorani.at('category_name')]).toBe('چالاک');
    const kurmanji = await names('kmr');
    expect(kurmanji.theme[kurmanji.at('category_name')]).toBe('Azadiya derbirînê');
    expect(kurmanji.sector[kurmanji.at('category_name')]).toBe('Civaka sivîl');
    const english = await names('en');
    expect(english.header).toEqual(HEADER);
    expect(english.theme[english.at('category_name')]).toBe('Freedom of expression');
    // Every measure and every enum category has a name of its own in every language.
    for (const file of [sorani, kurmanji, english]) {
      for (const row of file.rows) {
        expect([row[file.at('measure')], row[file.at('measure_name')] !== row[file.at('measure')]]).toEqual([
          row[file.at('measure')],
          true,
        ]);
        if (row[file.at('category')] && !/^[0-9]/.test(row[file.at('category')])) {
          expect([row[file.at('category')], row[file.at('category_name')] !== row[file.at('category')]]).toEqual([
            row[file.at('category')],
            true,
          ]);
        }
      }
      // The codes are the same whatever the language.
      expect(file.rows.map((row) => [row[0], row[file.at('measure')], row[file.at('category')]])).toEqual(
        english.rows.map((row) => [row[0], row[english.at('measure')], row[english.at('category')]]),
      );
    }
  });

  it('takes a forum season (its whole cycle), and refuses a range of days: exports carry counts of people', async () => {
    const headers = await bearer(Role.BRIDGE);
    const [season] = await stack.subgraphs['forum-seasons'].dataSource.query(
      `SELECT s.id FROM forum_season s JOIN forum f ON f.id = s.forum_id WHERE f.slug = 'iraqi-social-forum' AND s.number = 3`,
    );
    const file = await download(`/exports/region-report.csv?forumSeason=${season.id}`, headers);
    expect(file.status).toBe(200);
    const [, first] = parseCsv(file.text.slice(1));
    expect(first[2]).toMatch(new RegExp(`^season:${season.id}:\\d{4}-\\d{2}-01\\.\\.2025-10-31$`));
    expect(file.disposition).toBe(`attachment; filename="region-report-${first[2].replace(/[^0-9A-Za-z.-]/g, '_')}.csv"`);
    const range = await download('/exports/region-report.csv?period=2026-01-01..2026-06-30', headers);
    expect(range.status).toBe(400);
    expect(range.text).toContain('not for a range of days');
    for (const bad of ['forumSeason=nope', `forumSeason=${season.id}&period=2026`, 'forumSeason=00000000-0000-4000-8000-000000000000']) {
      expect((await download(`/exports/region-report.csv?${bad}`, headers)).status).toBe(400);
    }
  });

  it('carries exactly the protected figures the graph gives the same caller', async () => {
    for (const [role, region] of [
      [Role.BRIDGE, null],
      [Role.EDITOR, Region.KURDISTAN_REGION],
    ] as const) {
      const headers = await bearer(role, region);
      const file = await download('/exports/region-report.csv?period=2026-Q1', headers);
      expect(file.status).toBe(200);
      const [, ...rows] = parseCsv(file.text.slice(1));
      const fields = PEOPLE_MEASURES.map((measure) => `${measure} { key value suppressed lowerThan }`).join(' ');
      const graph = await postGraphql<{ regionReports: Array<Record<string, Count | Count[] | string>> }>(
        stack.gateway.url,
        `{ regionReports(period: { year: 2026, quarter: 1 }) { region ${fields} } }`,
        {},
        headers,
      );
      let compared = 0;
      for (const report of graph.body.data!.regionReports) {
        for (const measure of PEOPLE_MEASURES) {
          const counts = ([] as Count[]).concat(report[measure] as Count | Count[]);
          for (const count of counts) {
            const row = rows.find(
              (candidate) => candidate[0] === report.region && candidate[5] === measure && candidate[6] === (count.key ?? ''),
            );
            expect(row?.slice(8, 11)).toEqual(asRow(count));
            compared += 1;
          }
        }
      }
      expect(compared).toBeGreaterThan(50);
    }
  });

  it('narrows the file to one region with region=', async () => {
    const file = await download(
      `/exports/region-report.csv?period=2026&region=${Region.KURDISTAN_REGION}`,
      await bearer(Role.EDITOR, Region.KURDISTAN_REGION),
    );
    expect(file.status).toBe(200);
    expect(file.disposition).toBe('attachment; filename="region-report-2026-KURDISTAN_REGION.csv"');
    const [, ...rows] = parseCsv(file.text.slice(1));
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set([Region.KURDISTAN_REGION]));
    expect((await download('/exports/region-report.csv?period=2026&region=MARS', await bearer(Role.BRIDGE))).status).toBe(400);
  });

  it('is for whoever may query reports (bridge team, editors, admins): 401 without a token, 403 for members, 400 for a bad period, 405 for other methods', async () => {
    expect((await download('/exports/region-report.csv?period=2026', {})).status).toBe(401);
    expect((await download('/exports/region-report.csv?period=2026', { authorization: 'Bearer not-a-token' })).status).toBe(401);
    const refused = await download('/exports/region-report.hxl.csv?period=2026', await bearer(Role.MEMBER, Region.FEDERAL_IRAQ));
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain('activeMembers');
    for (const region of [Region.FEDERAL_IRAQ, Region.KURDISTAN_REGION]) {
      const editor = await download('/exports/region-report.hxl.csv?period=2026', await bearer(Role.EDITOR, region));
      expect(editor.status).toBe(200);
      expect(editor.text).toContain('activeMembers');
    }
    for (const period of ['', '20', '2026-Q9', '2026-13', "2026'--", '2026-02-30..2026-03-01']) {
      const bad = await download(`/exports/region-report.csv?period=${encodeURIComponent(period)}`, await bearer(Role.BRIDGE));
      expect(bad.status).toBe(400);
    }
    const post = await fetch(`${origin}/exports/region-report.csv?period=2026`, { method: 'POST', headers: await bearer(Role.BRIDGE) });
    expect(post.status).toBe(405);
  });
});
