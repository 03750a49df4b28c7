import { Locale } from './locale';

/**
 * The word shown before a pseudonymous code, in the reader's language. It is the same for every
 * person — no gendered form (Arabic ناشط for everyone, never ناشطة), no region, group or role — so
 * the pseudonym tells nothing about the person beyond what the code already is.
 */
const ACTIVIST: Record<Locale, string> = {
  [Locale.en]: 'Activist',
  [Locale.ar]: 'ناشط',
  [Locale.ckb]: 'چالاکوان',
  [Locale.kmr]: 'Çalakvan',
};

/** A pseudonymous code such as C-103, optionally written with the English word before it (the older form). */
const CODE = /^(?:Activist\s+)?([A-Z]{1,3}-\d{1,6})$/;

/**
 * A pseudonym as a reader of `locale` sees it. A code (C-103) is shown with the word for activist in
 * the reader's language and the code itself unchanged, in Latin letters and digits, so it is the
 * same identifier in every language; any other pseudonym is the one the person chose, shown as written.
 */
export function displayPseudonym(pseudonym: string, locale: Locale): string {
  const code = CODE.exec(pseudonym.trim())?.[1];
  return code ? `${ACTIVIST[locale]} ${code}` : pseudonym;
}
