import { readFileSync } from 'node:fs';
import { GraphQLObjectType, buildSchema, getNamedType, isListType, isNonNullType } from 'graphql';
import { FALLBACK_CHAINS, Locale } from '@icssi/platform';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { SUPERGRAPH_FILE, type TestStack, startTestStack } from '@icssi/test-kit/test-stack';

/** `title titleText { … } titleTranslations { … }` for a localized field `title`. */
const localized = (field: string) =>
  `${field} ${field}Text { value locale isFallback direction provenance } ${field}Translations { locale value provenance }`;

/** Every localized field the demo data has, from all four subgraphs (pages sized to the query limits). */
const EVERY_LOCALIZED_FIELD = [
  `{
    governorates(first: 20) { nodes { code ${localized('name')} } }
    organisations(first: 20) { nodes { slug ${localized('name')} ${localized('description')} } }
    workingGroups(first: 20) { nodes { slug ${localized('name')} } }
    forums(first: 5) { nodes { slug ${localized('name')} } }
  }`,
  `{
    campaigns(first: 30) { nodes { slug ${localized('title')} ${localized('summary')} ${localized('goals')} } }
    campaignActions(first: 30) { nodes { id ${localized('description')} ${localized('outcome')} } }
  }`,
  `{
    forumSeasons(first: 10) { nodes { number ${localized('theme')} ${localized('venue')} sessions(first: 10) { nodes { ${localized('title')} } } } }
    recommendations(first: 20) { nodes { slug ${localized('title')} ${localized('text')} } }
  }`,
  `{
    cohesionCouncils(first: 10) {
      nodes {
        slug ${localized('name')}
        meetings(first: 10) { nodes { ${localized('summary')} } }
        members(first: 10) { nodes { ${localized('onBehalfOf')} } }
      }
    }
  }`,
  `{ implementations(first: 20) { nodes { indicator { ${localized('name')} } updates(first: 10) { nodes { ${localized('note')} } } } } }`,
];

interface Checked {
  fields: number;
  withText: number;
  fallbacks: number;
}

/**
 * Walks a response: wherever an object has `x`, `xText` and `xTranslations`, the plain field must
 * equal `xText.value`, and `xText` must be the first translation along the reader's fallback chain.
 */
function checkLocalizedFields(value: unknown, locale: Locale, checked: Checked): void {
  if (Array.isArray(value)) {
    for (const item of value) checkLocalizedFields(item, locale, checked);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!key.endsWith('Translations')) {
      checkLocalizedFields(record[key], locale, checked);
      continue;
    }
    const field = key.slice(0, -'Translations'.length);
    const translations = record[key] as Array<{ locale: Locale; value: string; provenance: string }>;
    const expected = FALLBACK_CHAINS[locale].map((candidate) => translations.find((t) => t.locale === candidate)).find(Boolean) ?? null;
    const text = record[`${field}Text`] as {
      value: string;
      locale: Locale;
      isFallback: boolean;
      direction: string;
      provenance: string;
    } | null;
    checked.fields += 1;
    expect([field, record[field]]).toEqual([field, expected?.value ?? null]);
    if (!expected) {
      expect(text).toBeNull();
      continue;
    }
    checked.withText += 1;
    if (text!.isFallback) checked.fallbacks += 1;
    expect(text).toEqual({
      value: expected.value,
      locale: expected.locale,
      isFallback: expected.locale !== locale,
      direction: expected.locale === Locale.ar || expected.locale === Locale.ckb ? 'RTL' : 'LTR',
      provenance: expected.provenance,
    });
  }
}

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.dispose();
});

describe('text that says its language', () => {
  it('declares every localized field three ways: plain, with its language, and in every language', () => {
    const schema = buildSchema(readFileSync(SUPERGRAPH_FILE, 'utf8'), { assumeValidSDL: true });
    const declared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
      const fields = type.getFields();
      for (const [name, field] of Object.entries(fields)) {
        if (!name.endsWith('Translations') || getNamedType(field.type).name !== 'Translation') continue;
        const base = name.slice(0, -'Translations'.length);
        declared.push(`${type.name}.${base}`);
        expect([type.name, base, fields[base]?.type.toString()]).toEqual([type.name, base, expect.stringMatching(/^String!?$/)]);
        expect([type.name, base, fields[`${base}Text`]?.type.toString()]).toEqual([type.name, base, 'LocalizedString']);
        expect(isNonNullType(field.type) && isListType(field.type.ofType)).toBe(true);
      }
    }
    // Every localized field of the four subgraphs (sanity check of the walk itself).
    expect(declared.length).toBeGreaterThanOrEqual(20);
    expect(declared).toEqual(
      expect.arrayContaining([
        'Campaign.title',
        'CampaignAction.outcome',
        'ForumSeason.venue',
        'Indicator.name',
        'CouncilMember.onBehalfOf',
        'Governorate.name',
      ]),
    );
  });

  it.each(Object.values(Locale))('gives every localized value with the language it came in (Accept-Language %s)', async (locale) => {
    const checked = { fields: 0, withText: 0, fallbacks: 0 };
    for (const query of EVERY_LOCALIZED_FIELD) {
      const { status, body } = await postGraphql(stack.gateway.url, query, {}, { 'accept-language': locale });
      expect([status, body.errors]).toEqual([200, undefined]);
      checkLocalizedFields(body.data, locale, checked);
    }
    expect(checked.fields).toBeGreaterThan(150);
    expect(checked.withText).toBeGreaterThan(100);
    // Arabic and English exist for every demo text: neither language ever falls back.
    if (locale === Locale.ar || locale === Locale.en) expect(checked.fallbacks).toBe(0);
  });

  it('tells a Kurmanji reader when a value is Sorani or Arabic, so the page can set lang and dir', async () => {
    const query = `{ campaignBySlug(slug: "open-budgets-baghdad") { titleText { value locale isFallback direction } summaryText { locale isFallback direction } } }`;
    const { body } = await postGraphql<{
      campaignBySlug: Record<string, { locale: string; isFallback: boolean; direction: string; value?: string }>;
    }>(stack.gateway.url, query, {}, { 'accept-language': 'ku-Latn' });
    expect(body.data!.campaignBySlug.titleText).toEqual({
      value: 'Budçeyên Vekirî ji bo Bexdayê',
      locale: 'kmr',
      isFallback: false,
      direction: 'LTR',
    });
    // A federal campaign's summary exists in Arabic and English only: kmr → ckb → ar.
    expect(body.data!.campaignBySlug.summaryText).toEqual({ locale: 'ar', isFallback: true, direction: 'RTL' });
  });
});

describe('Content-Language', () => {
  const ask = (init: RequestInit & { url?: string } = {}) =>
    fetch(init.url ?? stack.gateway.url, {
      method: 'POST',
      ...init,
      headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
      body: init.method === 'GET' ? undefined : JSON.stringify({ query: '{ governorate(code: "IQ-AR") { name } }' }),
    });

  it.each([
    ['ar-IQ,ar;q=0.9,en;q=0.8', 'ar'],
    ['ckb', 'ckb'],
    ['ku', 'ckb'],
    ['ku-Latn', 'kmr'],
    ['fr, en;q=0.5', 'en'],
  ])('is the resolved locale of the request (Accept-Language %p → %s)', async (acceptLanguage, expected) => {
    const response = await ask({ headers: { 'accept-language': acceptLanguage } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-language')).toBe(expected);
    expect(response.headers.get('vary')).toMatch(/Accept-Language/);
  });

  it('is English when the request names no language, and is sent on GET queries too', async () => {
    expect((await ask()).headers.get('content-language')).toBe('en');
    const url = `${stack.gateway.url}?query=${encodeURIComponent('{ governorate(code: "IQ-DA") { name } }')}`;
    const response = await fetch(url, { headers: { 'accept-language': 'kmr', 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { governorate: { name: 'Dihok' } } });
    expect(response.headers.get('content-language')).toBe('kmr');
  });
});
