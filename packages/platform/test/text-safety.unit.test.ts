import 'reflect-metadata';
import { cleanTextArguments } from '../src/text/text-arguments';
import { controlCharacterIn, withoutControlCharacters, withoutInvisibleFormatting } from '../src/text/text-safety';

describe('control characters are found', () => {
  it.each([
    ['NUL', 'Campaign\u0000title', 'U+0000'],
    ['BEL', 'a\u0007b', 'U+0007'],
    ['DEL', 'a\u007Fb', 'U+007F'],
    ['a C1 control', 'a\u0085b', 'U+0085'],
    ['a lone high surrogate', 'a\uD800b', 'U+D800'],
    ['a lone low surrogate', 'a\uDC00', 'U+DC00'],
  ])('%s', (_name, text, code) => {
    expect(controlCharacterIn(text)).toBe(code);
  });

  it('can be dropped (from what is only read)', () => {
    expect(withoutControlCharacters('null\u0000byte\u0007 \uD800x')).toBe('nullbyte x');
  });

  it('tabs, new lines, any script and emoji are fine', () => {
    expect(controlCharacterIn('Line one\n\tLine two\r\nسلام ئاشتی Aşitî 👩‍💻 𝒜')).toBeNull();
  });
});

describe('invisible formatting is removed', () => {
  it.each([
    ['a right-to-left override (spoofed file name)', 'invoice\u202Etxt.exe', 'invoicetxt.exe'],
    ['embeddings, isolates and a pop', '\u202Bابتدا\u202C \u2067x\u2069', 'ابتدا x'],
    ['directional marks', 'ICSSI\u200E\u200F\u061C', 'ICSSI'],
    ['zero-width space and BOM', '\uFEFFPeace\u200Bbuilding', 'Peacebuilding'],
    ['word joiner', 'a\u2060b', 'ab'],
  ])('%s', (_name, text, clean) => {
    expect(withoutInvisibleFormatting(text)).toBe(clean);
  });

  it('keeps the zero-width non-joiner between letters of a Sorani word, and removes it elsewhere', () => {
    // "دەمەوێت" written with ZWNJ inside the word, as Sorani orthography allows.
    const word = 'دە\u200Cمەوێت';
    expect(withoutInvisibleFormatting(word)).toBe(word);
    expect(withoutInvisibleFormatting(`\u200C${word}\u200C`)).toBe(word);
    expect(withoutInvisibleFormatting(`دە\u200C\u200C\u200Cمەوێت`)).toBe(word);
    expect(withoutInvisibleFormatting('ئاشتی \u200C ژیان')).toBe('ئاشتی  ژیان');
    // Persian "می‌خواهم" keeps it too; a combining mark before it counts as part of the letter.
    expect(withoutInvisibleFormatting('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(withoutInvisibleFormatting('دَ\u200Cم')).toBe('دَ\u200Cم');
  });

  it('keeps the zero-width joiner inside an emoji sequence and between letters, not at an edge', () => {
    expect(withoutInvisibleFormatting('👩\u200D💻')).toBe('👩\u200D💻');
    expect(withoutInvisibleFormatting('a\u200Db')).toBe('a\u200Db');
    expect(withoutInvisibleFormatting('title\u200D')).toBe('title');
  });
});

describe('the arguments of a resolver', () => {
  it('are cleaned in place, nested objects and lists included, and the first control character is reported with its path', () => {
    const args = { input: { title: { en: 'A\u202Eb', ar: 'x\u0000' }, tags: ['\u200Bone'], count: 3 } };
    expect(cleanTextArguments(args)).toEqual({ field: ['input', 'title', 'ar'], code: 'U+0000' });
    expect(args).toEqual({ input: { title: { en: 'Ab', ar: 'x\u0000' }, tags: ['one'], count: 3 } });
    expect(cleanTextArguments({ input: { title: { ckb: 'دە\u200Cمەوێت' } } })).toBeNull();
    const query = { text: 'a\u0000b\u202E' };
    expect(cleanTextArguments(query, 'drop')).toEqual({ field: ['text'], code: 'U+0000' });
    expect(query).toEqual({ text: 'ab' });
  });
});
