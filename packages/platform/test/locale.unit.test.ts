import {
  Locale,
  Provenance,
  directionOf,
  displayPseudonym,
  localeFromAcceptLanguage,
  localize,
  localizedString,
  text,
  translationsOf,
} from '@icssi/platform';

describe('locale negotiation', () => {
  it.each([
    [undefined, Locale.en],
    ['', Locale.en],
    ['ar', Locale.ar],
    ['ar-IQ,ar;q=0.9,en;q=0.8', Locale.ar],
    ['ckb', Locale.ckb],
    ['ku', Locale.ckb],
    ['ku-Latn', Locale.kmr],
    ['kmr-TR', Locale.kmr],
    ['fr, de;q=0.9, ar;q=0.1', Locale.ar],
    ['en;q=0.2, ckb;q=0.9', Locale.ckb],
    ['fr', Locale.en],
    ['ar;q=0', Locale.en],
  ])('Accept-Language %p resolves to %p', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});

describe('localized text', () => {
  const name = text({ ar: 'أربيل', en: 'Erbil', ckb: 'هەولێر' }, { ckb: Provenance.MACHINE });

  it('resolves the reader’s locale and falls back along the chain', () => {
    expect(localize(name, Locale.ckb)).toBe('هەولێر');
    expect(localize(name, Locale.kmr)).toBe('هەولێر'); // kmr → ckb
    expect(localize(text({ ar: 'بغداد', en: 'Baghdad' }), Locale.ckb)).toBe('بغداد'); // ckb → kmr → ar
    expect(localize(text({ en: 'Baghdad' }), Locale.ar)).toBe('Baghdad'); // ar → en
    expect(localize(text({ ar: 'بغداد' }), Locale.en)).toBe('بغداد'); // en → ar
    expect(localize(null, Locale.en)).toBeNull();
  });

  it('lists every translation with its provenance', () => {
    expect(translationsOf(name)).toEqual([
      { locale: 'ar', value: 'أربيل', provenance: 'HUMAN' },
      { locale: 'ckb', value: 'هەولێر', provenance: 'MACHINE' },
      { locale: 'en', value: 'Erbil', provenance: 'HUMAN' },
    ]);
  });
});

describe('localized strings (the text with the language it came in)', () => {
  const name = text({ ar: 'أربيل', en: 'Erbil', ckb: 'هەولێر' }, { ckb: Provenance.MACHINE });

  it('says the locale, whether it is a fallback, the direction and the provenance', () => {
    expect(localizedString(name, Locale.ckb)).toEqual({
      value: 'هەولێر',
      locale: 'ckb',
      isFallback: false,
      direction: 'RTL',
      provenance: 'MACHINE',
    });
    expect(localizedString(name, Locale.kmr)).toEqual({
      value: 'هەولێر',
      locale: 'ckb',
      isFallback: true,
      direction: 'RTL',
      provenance: 'MACHINE',
    });
    expect(localizedString(name, Locale.en)).toEqual({
      value: 'Erbil',
      locale: 'en',
      isFallback: false,
      direction: 'LTR',
      provenance: 'HUMAN',
    });
    expect(localizedString(text({ kmr: 'Hewlêr' }), Locale.ar)).toEqual({
      value: 'Hewlêr',
      locale: 'kmr',
      isFallback: true,
      direction: 'LTR',
      provenance: 'HUMAN',
    });
    expect(localizedString(null, Locale.ar)).toBeNull();
    expect(localizedString({}, Locale.ar)).toBeNull();
  });

  it('agrees with the plain field for every locale', () => {
    for (const locale of Object.values(Locale)) expect(localizedString(name, locale)?.value).toBe(localize(name, locale));
  });

  it('gives each language its writing direction', () => {
    expect(Object.values(Locale).map((locale) => [locale, directionOf(locale)])).toEqual([
      ['ar', 'RTL'],
      ['ckb', 'RTL'],
      ['kmr', 'LTR'],
      ['en', 'LTR'],
    ]);
  });
});

describe('pseudonyms', () => {
  it('shows a code with the word for activist in the reader’s language, the code unchanged', () => {
    expect(Object.values(Locale).map((locale) => displayPseudonym('C-103', locale))).toEqual([
      'ناشط C-103',
      'چالاکوان C-103',
      'Çalakvan C-103',
      'Activist C-103',
    ]);
    expect(displayPseudonym('Activist C-103', Locale.ar)).toBe('ناشط C-103');
  });

  it('shows a pseudonym the person chose as written', () => {
    expect(displayPseudonym('Blue Kite', Locale.ckb)).toBe('Blue Kite');
    expect(displayPseudonym('Activist of the north', Locale.ar)).toBe('Activist of the north');
  });
});
