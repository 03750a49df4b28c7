import { demoForumId } from '@icssi/forum-seasons';
import { Role } from '@icssi/platform';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

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
  const { body } = await postGraphql<{ search: Record<keyof Found, { nodes: Array<{ slug: string }> }> }>(stack.gateway.url, SEARCH, {
    q: query,
  });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const result = body.data!.search;
  return {
    organisations: result.organisations.nodes.map((n) => n.slug),
    workingGroups: result.workingGroups.nodes.map((n) => n.slug),
    campaigns: result.campaigns.nodes.map((n) => n.slug),
    recommendations: result.recommendations.nodes.map((n) => n.slug),
  };
}

/** One search through the gateway: each subgraph searches its own records (docs/architecture.md §4.1). */
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
    expect(await searchMore('zzqx nothing like this')).toEqual({
      governorates: [],
      cohesionCouncils: [],
      forums: [],
      forumSeasons: [],
      forumSessions: [],
    });
  });
});

const SEARCH_MORE = `query Search($q: String!) {
  search(query: $q) {
    governorates { nodes { code } }
    cohesionCouncils { nodes { slug } }
    forums { nodes { slug } }
    forumSeasons { nodes { id } }
    forumSessions { nodes { id } }
  }
}`;

type FoundMore = Record<'governorates' | 'cohesionCouncils' | 'forums' | 'forumSeasons' | 'forumSessions', string[]>;

async function searchMore(query: string, headers: Record<string, string> = {}): Promise<FoundMore> {
  const { body } = await postGraphql<{ search: Record<keyof FoundMore, { nodes: Array<Record<string, string>> }> }>(
    stack.gateway.url,
    SEARCH_MORE,
    { q: query },
    headers,
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const result = body.data!.search;
  return {
    governorates: result.governorates.nodes.map((n) => n.code),
    cohesionCouncils: result.cohesionCouncils.nodes.map((n) => n.slug),
    forums: result.forums.nodes.map((n) => n.slug),
    forumSeasons: result.forumSeasons.nodes.map((n) => n.id),
    forumSessions: result.forumSessions.nodes.map((n) => n.id),
  };
}

/** Governorates by the names people type: Latin spellings, transliterations, capitals, any script. */
describe('search: governorates by their other names', () => {
  it.each([
    ['IQ-SU', ['Sulaimaniya', 'Slemani', 'Sulaymaniyah', 'Silêmanî', 'silemani', 'سلێمانی', 'السليمانية', 'السليمانيه']],
    ['IQ-AR', ['Arbil', 'Erbil', 'Irbil', 'Hewlêr', 'Hewler', 'Hawler', 'هەولێر', 'أربيل', 'اربيل']],
    ['IQ-NI', ['Mosul', 'Nineveh', 'Ninawa', 'Ninewa', 'الموصل', 'نينوى', 'نينوي']],
    ['IQ-DA', ['Duhok', 'Dohuk', 'Dihok', 'Dahuk', 'دهوك', 'دهۆک']],
    ['IQ-BA', ['Basra', 'Basrah', 'البصرة', 'البصره']],
    ['IQ-KI', ['Kirkuk', 'Kerkuk', 'Kerkûk', 'كركوك']],
    ['IQ-BB', ['Babylon', 'Hillah']],
    ['IQ-QA', ['Diwaniyah', 'Qadisiyyah']],
    ['IQ-DQ', ['Nasiriyah', 'Thi Qar']],
    ['IQ-SD', ['Tikrit', 'Salahuddin']],
  ])('finds %s first by every spelling', async (code, spellings) => {
    for (const spelling of spellings) {
      expect({ spelling, first: (await searchMore(spelling)).governorates[0] }).toEqual({ spelling, first: code });
    }
  });

  it('lists the aliases with the governorate, and filters governorates by them', async () => {
    const { body } = await postGraphql<{ governorate: { aliases: string[] }; governorates: { nodes: Array<{ code: string }> } }>(
      stack.gateway.url,
      `{ governorate(code: "IQ-NI") { aliases } governorates(filter: { text: "Mosul" }) { nodes { code } } }`,
    );
    expect(body.data!.governorate.aliases).toEqual(expect.arrayContaining(['Mosul', 'Ninawa', 'الموصل']));
    expect(body.data!.governorates.nodes).toEqual([{ code: 'IQ-NI' }]);
  });
});

describe('search: councils and the forums’ programme', () => {
  it.each([
    ['English', 'Erbil Social Cohesion Council'],
    ['Arabic', 'مجلس التماسك الاجتماعي في أربيل'],
    ['Arabic without hamza', 'مجلس التماسك الاجتماعي في اربيل'],
    ['Sorani', 'ئەنجومەنی پێکەوەبەستنی کۆمەڵایەتی لە هەولێر'],
  ])('finds a cohesion council: %s', async (_name, query) => {
    expect((await searchMore(query)).cohesionCouncils[0]).toBe('erbil-council');
  });

  it.each([
    ['English', 'Kurdistan Social Forum', 'kurdistan-social-forum'],
    ['English, another forum', 'Iraqi Social Forum', 'iraqi-social-forum'],
  ])('finds a forum: %s', async (_name, query, slug) => {
    expect((await searchMore(query)).forums[0]).toBe(slug);
  });

  it('finds seasons by theme, venue or year and sessions by title, in any script, and not once archived', async () => {
    const admin = await bearer(Role.ADMIN);
    const send = async (mutation: string, input: Record<string, unknown>) => {
      const { body } = await postGraphql<Record<string, Record<string, { id: string; version: number } | Array<unknown>>>>(
        stack.gateway.url,
        mutation,
        { input },
        admin,
      );
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      const payload = Object.values(body.data!)[0];
      expect(payload.userErrors).toEqual([]);
      return payload;
    };
    const season = (
      await send(
        `mutation($input: CreateForumSeasonInput!) { createForumSeason(input: $input) { season { id version } userErrors { code field } } }`,
        {
          forumId: demoForumId('kurdistan-social-forum'),
          number: 7,
          year: 2031,
          governorateCode: 'IQ-SU',
          venue: { en: 'Slemani Cultural Hall', ckb: 'هۆڵی ڕۆشنبیریی سلێمانی' },
          theme: { en: 'Bridges between valleys', ar: 'جسور بين الوديان', ckb: 'پردەکانی نێوان دۆڵەکان' },
        },
      )
    ).season as { id: string };
    const session = (
      await send(
        `mutation($input: AddForumSessionInput!) { addForumSession(input: $input) { session { id version } userErrors { code field } } }`,
        {
          seasonId: season.id,
          title: { en: 'Listening circle of mountain villages', ar: 'حلقة إصغاء لقرى الجبال', ckb: 'بازنەی گوێگرتنی گوندەکانی شاخ' },
          format: 'WORKSHOP',
        },
      )
    ).session as { id: string; version: number };
    for (const query of [
      'Bridges between valleys',
      'جسور بين الوديان',
      'جُسُور بين الوِديان',
      'پردەکانی نێوان دۆڵەکان',
      'Slemani Cultural Hall',
      '2031',
    ]) {
      expect({ query, first: (await searchMore(query)).forumSeasons[0] }).toEqual({ query, first: season.id });
    }
    for (const query of ['Listening circle', 'حلقة اصغاء', 'بازنەی گوێگرتنی گوندەکانی شاخ', 'بازنەی گویگرتنی گوندەکانی شاخ']) {
      expect({ query, first: (await searchMore(query)).forumSessions[0] }).toEqual({ query, first: session.id });
    }
    await send(
      `mutation($input: ArchiveForumSessionInput!) { archiveForumSession(input: $input) { session { id } userErrors { code field } } }`,
      { id: session.id, version: session.version },
    );
    expect((await searchMore('Listening circle of mountain villages', admin)).forumSessions).toEqual([]);
  });

  it('leaves archived councils out of the results, as lists do', async () => {
    const admin = await bearer(Role.ADMIN);
    const { body } = await postGraphql<{ cohesionCouncils: { nodes: Array<{ id: string; version: number; slug: string }> } }>(
      stack.gateway.url,
      `{ cohesionCouncils(filter: { text: "Basra" }) { nodes { id version slug } } }`,
    );
    const basra = body.data!.cohesionCouncils.nodes.find((council) => council.slug === 'basra-council')!;
    expect((await searchMore('Basra Social Cohesion Council')).cohesionCouncils[0]).toBe('basra-council');
    // Archiving a council with a live implementation is refused; the implementation goes first.
    await stack.subgraphs['cohesion-councils'].dataSource.query(`UPDATE implementation SET archived_at = now() WHERE council_id = $1`, [
      basra.id,
    ]);
    const archived = await postGraphql<{ archiveCohesionCouncil: { userErrors: unknown[] } }>(
      stack.gateway.url,
      `mutation($input: ArchiveCohesionCouncilInput!) { archiveCohesionCouncil(input: $input) { userErrors { code field } } }`,
      { input: { id: basra.id, version: basra.version } },
      admin,
    );
    expect(archived.body.data!.archiveCohesionCouncil.userErrors).toEqual([]);
    expect((await searchMore('Basra Social Cohesion Council')).cohesionCouncils).not.toContain('basra-council');
    expect((await searchMore('Basra Social Cohesion Council', admin)).cohesionCouncils).not.toContain('basra-council');
    expect((await searchMore('Baghdad Social Cohesion Council')).cohesionCouncils[0]).toBe('baghdad-council');
  });
});
