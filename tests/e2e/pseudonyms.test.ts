import { Region, Role } from '@icssi/platform';
import { postGraphql } from '@icssi/test-kit/test-subgraph';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { bearer } from '@icssi/test-kit/tokens';

/** The word before the code, per reader's language: one word for everyone. */
const WORD: Record<string, string> = { ar: 'ناشط', ckb: 'چالاکوان', kmr: 'Çalakvan', en: 'Activist' };
const CODE = /^[A-Z]-\d{3}$/;

interface PersonView {
  id: string;
  pseudonym: string;
  displayName: string;
  namePublished: boolean;
  displayNameText: { value: string; locale: string; isFallback: boolean } | null;
}

const PEOPLE = `{ people(first: 50) { nodes { id pseudonym displayName namePublished displayNameText { value locale isFallback } } } }`;

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.dispose();
});

async function peopleIn(locale: string): Promise<PersonView[]> {
  const { body } = await postGraphql<{ people: { nodes: PersonView[] } }>(stack.gateway.url, PEOPLE, {}, { 'accept-language': locale });
  expect(body.errors).toBeUndefined();
  return body.data!.people.nodes;
}

describe('pseudonyms in the reader’s script', () => {
  it.each(Object.entries(WORD))('shows the public a pseudonym in %s: the word in that language and the same code', async (locale, word) => {
    const people = await peopleIn(locale);
    expect(people.length).toBe(21);
    for (const person of people) {
      const [first, code] = [person.pseudonym.slice(0, word.length), person.pseudonym.slice(word.length + 1)];
      expect([person.id, first, code]).toEqual([person.id, word, expect.stringMatching(CODE)]);
      // Someone who did not consent to publish their name is shown by the pseudonym, in the reader's script.
      if (!person.namePublished) expect([person.displayName, person.displayNameText]).toEqual([person.pseudonym, null]);
      // A published name says its language like any localized text.
      else expect(person.displayNameText).toMatchObject({ value: person.displayName, locale, isFallback: false });
    }
    expect(people.filter((person) => !person.namePublished).length).toBeGreaterThan(5);
  });

  it('keeps the code, the stable identifier, the same in every language', async () => {
    const codes = async (locale: string) =>
      Object.fromEntries((await peopleIn(locale)).map((person) => [person.id, person.pseudonym.slice(WORD[locale]!.length + 1)]));
    const english = await codes('en');
    for (const locale of ['ar', 'ckb', 'kmr']) expect(await codes(locale)).toEqual(english);
    expect(new Set(Object.values(english)).size).toBe(21);
  });

  it('tells nothing more about the person: one word for women and men, every region and group', async () => {
    const genders = await stack.subgraphs.organisations.dataSource.query(`SELECT id, gender, region FROM person`);
    for (const locale of Object.keys(WORD)) {
      const people = await peopleIn(locale);
      const words = new Set(people.map((person) => person.pseudonym.replace(/ [A-Z]-\d+$/, '')));
      expect([locale, [...words]]).toEqual([locale, [WORD[locale]]]);
    }
    // Both genders and both regions are among the people (the check above is not vacuous).
    expect(new Set(genders.map((row: { gender: string }) => row.gender)).size).toBe(2);
    expect(new Set(genders.map((row: { region: string }) => row.region)).size).toBe(2);
  });

  it('shows pseudonyms in the reader’s script on nested paths too (a working group’s members)', async () => {
    const query = `{ workingGroupBySlug(slug: "kr-freedom-of-expression") { members(first: 10) { nodes { role person { pseudonym displayName namePublished } } } } }`;
    const { body } = await postGraphql<{ workingGroupBySlug: { members: { nodes: Array<{ person: PersonView }> } } }>(
      stack.gateway.url,
      query,
      {},
      { 'accept-language': 'ckb' },
    );
    expect(body.errors).toBeUndefined();
    const members = body.data!.workingGroupBySlug.members.nodes;
    expect(members.length).toBeGreaterThan(0);
    for (const { person } of members) expect(person.pseudonym).toMatch(/^چالاکوان [A-Z]-\d{3}$/);
  });

  it('shows a pseudonym the person chose as written, and reads the older "Activist C-1" form as a code', async () => {
    const editor = await bearer(Role.EDITOR, Region.KURDISTAN_REGION);
    const create = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } userErrors { code } } }`;
    const ids: string[] = [];
    for (const pseudonym of ['Blue Kite', 'Activist Q-7']) {
      const { body } = await postGraphql<{ createPerson: { person: { id: string }; userErrors: unknown[] } }>(
        stack.gateway.url,
        create,
        { input: { displayName: { ckb: 'ناو' }, pseudonym, region: 'KURDISTAN_REGION', nameConsent: 'NONE' } },
        editor,
      );
      expect(body.data!.createPerson.userErrors).toEqual([]);
      ids.push(body.data!.createPerson.person.id);
    }
    const read = `query($a: ID!, $b: ID!) { a: person(id: $a) { pseudonym displayName } b: person(id: $b) { pseudonym displayName } }`;
    const { body } = await postGraphql(stack.gateway.url, read, { a: ids[0], b: ids[1] }, { 'accept-language': 'ar' });
    expect(body.data).toEqual({
      a: { pseudonym: 'Blue Kite', displayName: 'Blue Kite' },
      b: { pseudonym: 'ناشط Q-7', displayName: 'ناشط Q-7' },
    });
  });
});
