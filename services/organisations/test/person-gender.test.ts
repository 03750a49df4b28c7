import { organisationsService } from '@icssi/organisations';
import { GOVERNORATE_REGIONS, Region, Role, type Viewer } from '@icssi/platform';
import { postGraphql, signedHeaders, startTestSubgraph, type TestSubgraph } from '@icssi/test-kit/test-subgraph';
import { PersonGenderAndRecordKey1765200000000 } from '../src/migrations/1765200000000-person-gender-and-record-key';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(organisationsService, { seed: false });
});

afterAll(async () => {
  await subgraph?.dispose();
});

const KR_EDITOR: Viewer = { id: 'editor-erbil', roles: [Role.EDITOR], region: Region.KURDISTAN_REGION };
const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id gender } userErrors { code field } } }`;
const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { gender } userErrors { code field } } }`;
const person = (extra: Record<string, unknown> = {}) => ({
  displayName: { en: 'Someone' },
  pseudonym: 'Activist Q-1',
  region: 'KURDISTAN_REGION',
  nameConsent: 'NONE',
  ...extra,
});

describe('gender: a closed vocabulary', () => {
  it('migrates free text: known words in four languages to FEMALE and MALE, stated other genders to OTHER, everything else (and nothing) to UNDISCLOSED', async () => {
    const migration = new PersonGenderAndRecordKey1765200000000();
    const runner = subgraph.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      const values: Array<[string | null, string]> = [
        ['female', 'FEMALE'],
        [' Female ', 'FEMALE'],
        ['F', 'FEMALE'],
        ['أنثى', 'FEMALE'],
        ['ژن', 'FEMALE'],
        ['jin', 'FEMALE'],
        ['MALE', 'MALE'],
        ['m', 'MALE'],
        ['ذكر', 'MALE'],
        ['پیاو', 'MALE'],
        ['mêr', 'MALE'],
        ['non-binary', 'OTHER'],
        ['Other', 'OTHER'],
        ['غير ذلك', 'OTHER'],
        ['UNKNOWN', 'UNDISCLOSED'],
        ['', 'UNDISCLOSED'],
        [null, 'UNDISCLOSED'],
        ['x?', 'UNDISCLOSED'],
        ['prefer not to say', 'UNDISCLOSED'],
      ];
      const ids: string[] = [];
      for (const [gender] of values) {
        const [row] = await runner.query(
          `INSERT INTO person (display_name, pseudonym, region, gender) VALUES ('{}', 'p', 'FEDERAL_IRAQ', $1) RETURNING id`,
          [gender],
        );
        ids.push(row.id);
      }
      await migration.up(runner);
      const rows: Array<{ id: string; gender: string }> = await runner.query(`SELECT id, gender FROM person WHERE id = ANY($1)`, [ids]);
      expect(ids.map((id) => rows.find((row) => row.id === id)!.gender)).toEqual(values.map(([, expected]) => expected));
      // The database keeps the vocabulary closed, whatever writes to it.
      await expect(runner.query(`UPDATE person SET gender = 'non-binary' WHERE id = $1`, [ids[0]])).rejects.toThrow(
        /person_gender_vocabulary/,
      );
      await expect(runner.query(`UPDATE person SET gender = NULL WHERE id = $1`, [ids[0]])).rejects.toThrow();
    } finally {
      await runner.release();
    }
  });

  it('gives every person a secret record key of 32 random bits, different from the others', async () => {
    for (let i = 0; i < 20; i += 1)
      await subgraph.dataSource.query(`INSERT INTO person (display_name, pseudonym, region) VALUES ('{}', 'p', 'FEDERAL_IRAQ')`);
    const rows: Array<{ record_key: string }> = await subgraph.dataSource.query(`SELECT record_key::text FROM person`);
    expect(rows.length).toBeGreaterThan(10);
    const keys = rows.map((row) => Number(row.record_key));
    expect(keys.every((key) => Number.isInteger(key) && key >= 0 && key < 2 ** 32)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('takes the enum in createPerson (UNDISCLOSED when left out) and updatePerson, and refuses anything else before it reaches the database', async () => {
    const created = await postGraphql<{ createPerson: { person: { id: string; gender: string } } }>(
      subgraph.url,
      CREATE,
      { input: person() },
      signedHeaders(KR_EDITOR),
    );
    const { id, gender } = created.body.data!.createPerson.person;
    expect(gender).toBe('UNDISCLOSED');
    const [{ version }] = await subgraph.dataSource.query(`SELECT version FROM person WHERE id = $1`, [id]);
    const updated = await postGraphql(subgraph.url, UPDATE, { input: { id, version, gender: 'OTHER' } }, signedHeaders(KR_EDITOR));
    expect(updated.body.data).toEqual({ updatePerson: { person: { gender: 'OTHER' }, userErrors: [] } });
    expect((await subgraph.dataSource.query(`SELECT gender FROM person WHERE id = $1`, [id]))[0].gender).toBe('OTHER');
    const before = (await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM person`))[0].n;
    for (const bad of ['female', 'non-binary', '']) {
      const refused = await postGraphql(subgraph.url, CREATE, { input: person({ gender: bad }) }, signedHeaders(KR_EDITOR));
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM person`))[0].n).toBe(before);
  });

  it('keeps the record key out of the API and the audit trail', async () => {
    const sdl = await postGraphql<{ _service: { sdl: string } }>(subgraph.url, `{ _service { sdl } }`, {}, signedHeaders());
    expect(sdl.body.data!._service.sdl).not.toMatch(/record_?key/i);
    const audit: Array<{ changes: string }> = await subgraph.dataSource.query(
      `SELECT changes::text AS changes FROM audit_log WHERE operation IN ('createPerson', 'updatePerson')`,
    );
    expect(audit.length).toBeGreaterThan(0);
    for (const row of audit) expect(row.changes).not.toMatch(/record_key/);
  });
});

describe('report areas', () => {
  it('know each governorate’s region exactly as the governorate records do', async () => {
    const rows: Array<{ code: string; region: Region }> = await subgraph.dataSource.query(
      `SELECT code, region FROM governorate ORDER BY code`,
    );
    expect(Object.fromEntries(rows.map((row) => [row.code, row.region]))).toEqual(GOVERNORATE_REGIONS);
  });
});
