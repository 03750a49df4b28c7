import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, print } from 'graphql';
import { apiSchemaFromSupergraph } from '../../clients/src/api-schema';
import { collectEntityTags, documentWithEntityKeys, ID_ALIAS, stripEntityKeys, TYPENAME_ALIAS } from '../src/response-cache/entity-keys';
import { memoryResponseCacheStore } from '../src/response-cache/memory-response-cache-store';
import { mutationTags } from '../src/response-cache/mutation-tags';
import { responseCacheKey } from '../src/response-cache/cache-key';
import { surrogateKeyHeaders } from '../src/response-cache/surrogate-keys';

const schema = apiSchemaFromSupergraph(readFileSync(path.resolve(__dirname, '../../schema/supergraph.graphql'), 'utf8'));
const ID_A = '11111111-1111-4111-8111-111111111111';
const ID_B = '22222222-2222-4222-8222-222222222222';

describe('entity keys', () => {
  it('asks every selection set below the root for its type and id, under the gateway’s aliases', () => {
    const document = documentWithEntityKeys(
      schema,
      parse('{ campaigns(first: 2) { totalCount nodes { title leadOrganisation { name } } } governorates { nodes { name } } }'),
    );
    const text = print(document);
    expect(text).toContain(
      `nodes {\n      title\n      leadOrganisation {\n        name\n        ${TYPENAME_ALIAS}: __typename\n        ${ID_ALIAS}: id`,
    );
    // Governorates are keyed by code.
    expect(text).toMatch(new RegExp(`nodes \\{\\s+name\\s+${TYPENAME_ALIAS}: __typename\\s+${ID_ALIAS}: code\\s+\\}`));
    // The root selection set is left as it was.
    expect(text.startsWith('{\n  campaigns(first: 2)')).toBe(true);
  });

  it('reads the entities, lists and reports of a result, then leaves it as the client asked', () => {
    const data = {
      campaigns: {
        [TYPENAME_ALIAS]: 'CampaignConnection',
        nodes: [
          {
            title: 'x',
            [TYPENAME_ALIAS]: 'Campaign',
            [ID_ALIAS]: ID_A,
            leadOrganisation: { name: 'y', [TYPENAME_ALIAS]: 'Organisation', [ID_ALIAS]: ID_B },
          },
        ],
      },
      regionReports: [{ [TYPENAME_ALIAS]: 'RegionReport', region: 'FEDERAL_IRAQ' }],
    };
    expect([...collectEntityTags(data)].sort()).toEqual([ID_A, ID_B, 'list:Campaign', 'list:RegionReport', 'report'].sort());
    stripEntityKeys(data);
    expect(data).toEqual({
      campaigns: { nodes: [{ title: 'x', leadOrganisation: { name: 'y' } }] },
      regionReports: [{ region: 'FEDERAL_IRAQ' }],
    });
  });
});

describe('mutation tags', () => {
  it('names the ids of the arguments and result, the lists of the payload’s entity types and reports', () => {
    const document = parse(`mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { userErrors { code } } }`);
    const operation = document.definitions[0] as never;
    const tags = mutationTags(schema, operation, document, { input: { id: ID_A.toUpperCase(), version: 1 } }, [ID_B, 'list:Whatever']);
    expect(tags).toEqual(expect.arrayContaining([ID_A, ID_B, 'list:Campaign', 'report']));
    expect(tags).not.toContain('list:Whatever');
  });

  it('empties everything on a lockdown', () => {
    const document = parse(`mutation { lockdownPerson(input: { personId: "${ID_A}" }) { userErrors { code } } }`);
    expect(mutationTags(schema, document.definitions[0] as never, document, {}, [])).toEqual(['all']);
  });
});

describe('memory store', () => {
  it('drops exactly the answers carrying an invalidated tag', async () => {
    const store = memoryResponseCacheStore(100);
    const { readAt } = await store.get('a');
    await store.set('a', { data: { a: 1 }, tags: [ID_A, 'all'] }, 60_000, readAt);
    await store.set('b', { data: { b: 1 }, tags: [ID_B, 'all'] }, 60_000, readAt);
    await store.invalidate([ID_A]);
    expect((await store.get('a')).answer).toBeNull();
    expect((await store.get('b')).answer).toEqual({ data: { b: 1 }, tags: [ID_B, 'all'] });
    await store.invalidate(['all']);
    expect((await store.get('b')).answer).toBeNull();
  });

  it('refuses an answer read before an invalidation of one of its tags, and keeps one read after', async () => {
    const store = memoryResponseCacheStore(100);
    const before = (await store.get('k')).readAt;
    await store.invalidate([ID_A]);
    await store.set('k', { data: { stale: true }, tags: [ID_A, 'all'] }, 60_000, before);
    expect((await store.get('k')).answer).toBeNull();
    const after = (await store.get('k')).readAt;
    await store.set('k', { data: { fresh: true }, tags: [ID_A, 'all'] }, 60_000, after);
    expect((await store.get('k')).answer?.data).toEqual({ fresh: true });
  });
});

describe('keys and headers', () => {
  it('keys by operation, variables (in any order) and language', () => {
    const key = (variables: Record<string, unknown>, locale = 'en', queryHash = 'q1') =>
      responseCacheKey({ schema, queryHash, operationName: 'Op', variables, locale });
    expect(key({ a: 1, b: 2 })).toBe(key({ b: 2, a: 1 }));
    expect(key({ a: 1 })).not.toBe(key({ a: 2 }));
    expect(key({ a: 1 }, 'ar')).not.toBe(key({ a: 1 }, 'en'));
    expect(key({ a: 1 }, 'en', 'q2')).not.toBe(key({ a: 1 }));
  });

  it('names the tags in Surrogate-Key and Cache-Tag, and gives up when they do not fit a header', () => {
    expect(surrogateKeyHeaders([ID_B, ID_A, 'all'])).toEqual({ surrogateKey: `${ID_A} ${ID_B} all`, cacheTag: `${ID_A},${ID_B},all` });
    expect(surrogateKeyHeaders(Array.from({ length: 400 }, (_, i) => `${ID_A.slice(0, -4)}${String(i).padStart(4, '0')}`))).toBeNull();
  });
});
