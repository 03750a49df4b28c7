import { readFileSync } from 'node:fs';
import { GraphQLEnumType, type GraphQLObjectType, buildSchema, getNamedType } from 'graphql';
import { Locale } from '@icssi/platform';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { SUPERGRAPH_FILE, type TestStack, startTestStack } from '@icssi/test-kit/test-stack';

/**
 * Enums no page shows as a value: sort keys and directions, error codes (userErrors carry a
 * message), the writing direction (an attribute, not a text), and editor/report controls whose
 * wording belongs to the tools that offer them.
 */
const NOT_SHOWN =
  /^(join__|link__|.*OrderField$|OrderDirection$|UserErrorCode$|TextDirection$|TranslatableField$|NameConsent$|ReportGranularity$|ReportPeriodKind$)/;

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const LATIN_LETTER = /[A-Za-zÀ-ž]/;

const schema = buildSchema(readFileSync(SUPERGRAPH_FILE, 'utf8'), { assumeValidSDL: true });
const labelsType = schema.getType('Labels') as GraphQLObjectType;

/** `Labels` field name → the enum it labels, read from the schema. */
const LABEL_FIELDS: Record<string, GraphQLEnumType> = Object.fromEntries(
  Object.values(labelsType.getFields())
    .filter((field) => field.name !== 'locale')
    .map((field) => {
      const labelType = getNamedType(field.type) as GraphQLObjectType;
      return [field.name, getNamedType(labelType.getFields().value.type) as GraphQLEnumType];
    }),
);

const ALL_LABELS = `query Labels($locale: Locale) {
  labels(locale: $locale) {
    locale
    ${Object.keys(LABEL_FIELDS)
      .map((name) => `${name} { value label labelText { value locale isFallback direction provenance } }`)
      .join('\n    ')}
  }
}`;

type LabelList = Array<{
  value: string;
  label: string;
  labelText: { value: string; locale: string; isFallback: boolean; direction: string; provenance: string };
}>;

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.dispose();
});

describe('localized labels of enum values', () => {
  it('has a label list for every enum a page shows, typed by the enum itself', () => {
    const shown = Object.values(schema.getTypeMap())
      .filter(
        (type): type is GraphQLEnumType => type instanceof GraphQLEnumType && !type.name.startsWith('__') && !NOT_SHOWN.test(type.name),
      )
      .map((type) => type.name)
      .sort();
    expect(
      Object.values(LABEL_FIELDS)
        .map((type) => type.name)
        .sort(),
    ).toEqual(shown);
    expect(shown).toEqual(
      expect.arrayContaining([
        'Theme',
        'Region',
        'CampaignStatus',
        'ForumSeasonStatus',
        'CouncilStatus',
        'ImplementationStatus',
        'OrganisationKind',
        'CampaignActionType',
        'SessionFormat',
        'CouncilSector',
        'MembershipRole',
      ]),
    );
  });

  it.each(Object.values(Locale))('gives every value a label of its own in %s, in one request to the graph', async (locale) => {
    const { status, body } = await postGraphql<{ labels: Record<string, LabelList> & { locale: string } }>(stack.gateway.url, ALL_LABELS, {
      locale,
    });
    expect([status, body.errors]).toEqual([200, undefined]);
    const labels = body.data!.labels;
    expect(labels.locale).toBe(locale);
    for (const [field, enumType] of Object.entries(LABEL_FIELDS)) {
      const list = labels[field];
      // every value, once, in the enum's order
      expect([field, list.map((item) => item.value)]).toEqual([field, enumType.getValues().map((value) => value.name)]);
      // no two values of one enum look the same on a page
      expect([field, new Set(list.map((item) => item.label)).size]).toEqual([field, list.length]);
      for (const item of list) {
        expect(item.labelText).toEqual({
          value: item.label,
          locale,
          isFallback: false,
          direction: locale === Locale.ar || locale === Locale.ckb ? 'RTL' : 'LTR',
          // English is the vocabulary's own wording; the other languages are machine translations.
          provenance: locale === Locale.en ? 'HUMAN' : 'MACHINE',
        });
        expect(item.label).not.toBe(item.value);
        // Arabic and Sorani in Arabic script, Kurmanji and English in Latin script.
        const script = locale === Locale.ar || locale === Locale.ckb ? ARABIC_SCRIPT : LATIN_LETTER;
        expect([field, item.value, script.test(item.label)]).toEqual([field, item.value, true]);
        if (locale === Locale.kmr || locale === Locale.en)
          expect([field, item.value, ARABIC_SCRIPT.test(item.label)]).toEqual([field, item.value, false]);
      }
    }
  });

  it('follows the request’s language unless a locale is given', async () => {
    const query = `query($locale: Locale) { labels(locale: $locale) { locale themes { value label } campaignStatuses { value label } } }`;
    const sorani = await postGraphql<{ labels: { locale: string; themes: LabelList; campaignStatuses: LabelList } }>(
      stack.gateway.url,
      query,
      {},
      { 'accept-language': 'ckb' },
    );
    expect(sorani.body.data!.labels.locale).toBe('ckb');
    expect(sorani.body.data!.labels.themes.find((item) => item.value === 'FREEDOM_OF_EXPRESSION')!.label).toBe('ئازادیی ڕادەربڕین');
    expect(sorani.body.data!.labels.campaignStatuses.find((item) => item.value === 'ACTIVE')!.label).toBe('چالاک');
    const kurmanji = await postGraphql<{ labels: { locale: string; themes: LabelList } }>(
      stack.gateway.url,
      query,
      { locale: 'kmr' },
      { 'accept-language': 'ar' },
    );
    expect(kurmanji.body.data!.labels.locale).toBe('kmr');
    expect(kurmanji.body.data!.labels.themes.find((item) => item.value === 'HUMAN_RIGHTS')!.label).toBe('Mafên mirovan');
  });

  it('serves a page’s records and the labels of their values together', async () => {
    const query = `{
      campaignBySlug(slug: "speak-freely-kurdistan") { status themes }
      labels { campaignStatuses { value label } themes { value label } }
    }`;
    const { body } = await postGraphql<{
      campaignBySlug: { status: string; themes: string[] };
      labels: { campaignStatuses: LabelList; themes: LabelList };
    }>(stack.gateway.url, query, {}, { 'accept-language': 'ar' });
    expect(body.errors).toBeUndefined();
    const { campaignBySlug: campaign, labels } = body.data!;
    const label = (list: LabelList, value: string) => list.find((item) => item.value === value)!.label;
    expect(campaign.themes.map((theme) => label(labels.themes, theme))).toEqual(['حرية التعبير']);
    expect(label(labels.campaignStatuses, campaign.status)).toMatch(ARABIC_SCRIPT);
  });

  it('refuses an unknown locale as bad input', async () => {
    const { status, body } = await postGraphql(stack.gateway.url, `{ labels(locale: fr) { locale } }`);
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
