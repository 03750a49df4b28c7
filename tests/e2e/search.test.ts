import { postGraphql } from '../kit/test-subgraph';
import { TestStack, startTestStack } from '../kit/test-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.dispose();
});

const SEARCH = `query Search($q: String!) {
  search(query: $q) {
    organisations { nodes { slug } }
    workingGroups { nodes { slug } }
    campaigns { nodes { slug } }
    recommendations { nodes { slug } }
  }
}`;

type Found = Record<'organisations' | 'workingGroups' | 'campaigns' | 'recommendations', string[]>;

async function search(query: string): Promise<Found> {
  const { body } = await postGraphql<{ search: Record<keyof Found, { nodes: Array<{ slug: string }> }> }>(stack.gateway.url, SEARCH, { q: query });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const result = body.data!.search;
  return {
    organisations: result.organisations.nodes.map((n) => n.slug),
    workingGroups: result.workingGroups.nodes.map((n) => n.slug),
    campaigns: result.campaigns.nodes.map((n) => n.slug),
    recommendations: result.recommendations.nodes.map((n) => n.slug),
  };
}

/** One search through the gateway: each subgraph searches its own records (DESIGN.md §4.1). */
describe('search across scripts and spellings', () => {
  it.each([
    ['Arabic as written', 'منظمة السلام والحرية'],
    ['taa marbuta typed as heh', 'منظمه السلام والحريه'],
    ['with diacritics', 'مُنَظَّمَةُ السَّلَامِ وَالحُرِّيَّة'],
    ['Sorani', 'ڕێکخراوی ئاشتی و ئازادی'],
    ['Sorani typed without Kurdish letters', 'ریکخراوی ئاشتی'],
    ['Kurmanji without accents', 'rexistina asti u azadiye'],
    ['English', 'Peace and Freedom Organization'],
    // Typos are matched by trigram similarity, which needs PostgreSQL to know Arabic letters as letters.
    ['Arabic with a letter missing (السلم)', 'منظمة السلم والحرية'],
    ['Sorani with a letter missing (ئازدی)', 'ڕێکخراوی ئاشتی و ئازدی'],
  ])('finds the Peace and Freedom Organization: %s', async (_name, query) => {
    // The intended record comes first: exact (normalized) matches rank above fuzzy ones.
    expect((await search(query)).organisations[0]).toBe('peace-and-freedom-organization');
  });

  it.each([
    ['with hamza and alef maqsura', 'أمانة المنتدى الاجتماعي العراقي'],
    ['without hamza, ي for ى', 'امانة المنتدي الاجتماعي العراقي'],
    ['with tatweel', 'المنتـــدى الاجتماعي العراقي'],
    ['English', 'Iraqi Social Forum Secretariat'],
  ])('finds the Iraqi Social Forum secretariat: %s', async (_name, query) => {
    expect((await search(query)).organisations[0]).toBe('iraqi-social-forum-secretariat');
  });

  it.each([
    ['Arabic', 'المرأة في القرار المحلي'],
    ['hamza dropped, ة as ه', 'المراه في القرار المحلي'],
    ['English', 'women in local decisions'],
    ['Sorani', 'ئافرەتان لە بڕیاری خۆجێیی'],
  ])('finds a campaign: %s', async (_name, query) => {
    expect((await search(query)).campaigns[0]).toBe('women-in-local-decisions');
  });

  it.each([
    ['Arabic with hamza', 'إنشاء مجالس'],
    ['Arabic without hamza', 'انشاء مجالس'],
    ['English', 'social cohesion councils'],
  ])('finds a recommendation: %s', async (_name, query) => {
    expect((await search(query)).recommendations[0]).toBe('isf3-civil-peace-councils');
  });

  it('finds a working group by its Sorani name typed with Arabic letters', async () => {
    for (const query of ['ئازادیی ڕادەربڕین', 'ئازادیی رادەربرین', 'Freedom of Expression']) {
      expect((await search(query)).workingGroups[0]).toBe('kr-freedom-of-expression');
    }
  });

  it('ranks the exact match above a merely similar record', async () => {
    const found = await search('Iraqi Social Forum Secretariat');
    expect(found.organisations[0]).toBe('iraqi-social-forum-secretariat');
    expect(found.organisations).not.toContain('european-commission');
  });

  it('finds nothing for text that is nowhere', async () => {
    expect(await search('zzqx nothing like this')).toEqual({ organisations: [], workingGroups: [], campaigns: [], recommendations: [] });
  });
});
