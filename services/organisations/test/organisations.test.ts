import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLogger, demoOrganisationId, demoWorkingGroupId } from '@icssi/platform';
import { organisationsService } from '@icssi/organisations';
import { postGraphql, signedHeaders, startTestSubgraph, TestSubgraph } from '../../../tests/kit/test-subgraph';
import { Locale } from '@icssi/platform';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(organisationsService);
});

afterAll(async () => {
  await subgraph?.dispose();
});

const query = (q: string, variables: Record<string, unknown> = {}, locale: Locale = Locale.en) =>
  postGraphql(subgraph.url, q, variables, signedHeaders(undefined, locale));

describe('organisations subgraph', () => {
  it('ships all 19 governorates exactly as in data/governorates.csv', async () => {
    const csv = readFileSync(path.join(__dirname, '../data/governorates.csv'), 'utf8').trim().split('\n').slice(1);
    const expected = csv.map((line) => {
      const [code, pcode, region, en, ar, ckb, kmr] = line.split(',');
      return { code, ochaPcode: pcode, region, en, ar, ckb, kmr };
    });
    const { status, body } = await query(
      `{ governorates { code ochaPcode region nameTranslations { locale value provenance } } }`,
    );
    expect(status).toBe(200);
    const governorates = (body.data as { governorates: Array<Record<string, unknown>> }).governorates;
    expect(governorates).toHaveLength(19);
    for (const row of expected) {
      const found = governorates.find((g) => g.code === row.code) as {
        ochaPcode: string;
        region: string;
        nameTranslations: Array<{ locale: string; value: string; provenance: string }>;
      };
      expect(found).toBeDefined();
      expect(found.ochaPcode).toBe(row.ochaPcode);
      expect(found.region).toBe(row.region);
      const byLocale = Object.fromEntries(found.nameTranslations.map((t) => [t.locale, t]));
      expect(byLocale.en.value).toBe(row.en);
      expect(byLocale.ar.value).toBe(row.ar);
      expect(byLocale.ckb).toEqual({ locale: 'ckb', value: row.ckb, provenance: 'MACHINE' });
      expect(byLocale.kmr.value).toBe(row.kmr);
    }
    const kurdistan = governorates.filter((g) => g.region === 'KURDISTAN_REGION').map((g) => g.code).sort();
    expect(kurdistan).toEqual(['IQ-AR', 'IQ-DA', 'IQ-HA', 'IQ-SU']);
  });

  it('resolves names in the reader’s locale', async () => {
    const q = `{ governorate(code: "IQ-AR") { name } }`;
    expect((await query(q, {}, Locale.ar)).body.data).toEqual({ governorate: { name: 'أربيل' } });
    expect((await query(q, {}, Locale.ckb)).body.data).toEqual({ governorate: { name: 'هەولێر' } });
    expect((await query(q, {}, Locale.en)).body.data).toEqual({ governorate: { name: 'Erbil' } });
  });

  it('lists the ten working groups, five per region, with their host organisations', async () => {
    const { body } = await query(`{ workingGroups { slug region hostOrganisation { slug headquarters { code } } } }`);
    const groups = (body.data as { workingGroups: Array<{ slug: string; region: string; hostOrganisation: { slug: string } }> })
      .workingGroups;
    expect(groups).toHaveLength(10);
    expect(groups.filter((g) => g.region === 'FEDERAL_IRAQ')).toHaveLength(5);
    expect(groups.filter((g) => g.region === 'KURDISTAN_REGION')).toHaveLength(5);
    expect(groups.find((g) => g.slug === 'kr-freedom-of-expression')?.hostOrganisation.slug).toBe('peace-and-freedom-organization');
  });

  it('finds an organisation by id and by slug, and answers null for unknown ones', async () => {
    const id = demoOrganisationId('peace-and-freedom-organization');
    const byId = await query(`query($id: ID!) { organisation(id: $id) { slug acronym homeRegion kind } }`, { id });
    expect(byId.body.data).toEqual({
      organisation: { slug: 'peace-and-freedom-organization', acronym: 'PFO', homeRegion: 'KURDISTAN_REGION', kind: 'CIVIL_SOCIETY_ORGANISATION' },
    });
    const bySlug = await query(`{ organisationBySlug(slug: "icssi") { id } }`);
    expect(bySlug.body.data).toEqual({ organisationBySlug: { id: demoOrganisationId('icssi') } });
    const unknown = await query(`{ organisation(id: "not-a-uuid") { id } missing: organisationBySlug(slug: "nope") { id } }`);
    expect(unknown.body).toEqual({ data: { organisation: null, missing: null } });
  });

  it('resolves entity references (_entities) in one SQL statement per entity type', async () => {
    const representations = [
      { __typename: 'WorkingGroup', id: demoWorkingGroupId('fi-transparency') },
      { __typename: 'WorkingGroup', id: demoWorkingGroupId('kr-peacebuilding') },
      { __typename: 'WorkingGroup', id: '00000000-0000-4000-8000-000000000000' },
      { __typename: 'Organisation', id: demoOrganisationId('icssi') },
      { __typename: 'Governorate', code: 'IQ-HA' },
    ];
    const before = subgraph.sqlCounter.count;
    const { body } = await query(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on WorkingGroup { slug } ... on Organisation { acronym } ... on Governorate { ochaPcode } } }`,
      { r: representations },
    );
    expect(body.data).toEqual({
      _entities: [{ slug: 'fi-transparency' }, { slug: 'kr-peacebuilding' }, null, { acronym: 'ICSSI' }, { ochaPcode: 'IQG06Q05' }],
    });
    expect(subgraph.sqlCounter.count - before).toBe(3);
  });

  it('seeding twice changes nothing', async () => {
    const count = async () =>
      (await subgraph.dataSource.query(`SELECT (SELECT count(*) FROM organisation) AS o, (SELECT count(*) FROM working_group) AS w`))[0];
    const before = await count();
    await organisationsService.seed(subgraph.dataSource, createLogger({ service: 'seed-test' }));
    expect(await count()).toEqual(before);
    expect(before).toEqual({ o: '5', w: '10' });
  });
});
