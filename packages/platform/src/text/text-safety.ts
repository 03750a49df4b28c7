/**
 * What text coming in may hold. Two kinds of characters are dealt with, the same way for every
 * string argument of every query and mutation (see text-arguments.ts):
 *
 * - Control characters are refused in what is written: U+0000 (PostgreSQL cannot store it in text
 *   or jsonb), the other C0 controls except tab, line feed and carriage return, DEL, the C1
 *   controls, and lone UTF-16 surrogates (not encodable as UTF-8). No person types them; a client
 *   that sends them is broken or hostile, so a mutation is refused with a clear message rather than
 *   silently changed. In what is only read (a search text, a filter, a slug) they are dropped.
 * - Invisible formatting characters are removed: the bidirectional embeddings, overrides and
 *   isolates (U+202A–U+202E, U+2066–U+2069) that can make a name or title display as something
 *   else ("Trojan Source"), the directional marks (U+200E, U+200F, U+061C), zero-width space and
 *   no-break space (U+200B, U+FEFF), word joiner and invisible operators (U+2060–U+2064) and
 *   U+180E. The platform shows every text in its own direction, so none of them carries meaning
 *   in stored text.
 * - ZERO WIDTH NON-JOINER (U+200C) and ZERO WIDTH JOINER (U+200D) are kept where writing needs
 *   them: between two letters (Sorani, Persian and Kurmanji in Arabic script use the non-joiner
 *   inside words, e.g. "دە‌کەم") or, for the joiner, between two emoji of a sequence. Anywhere else
 *   (at an edge, next to a space or punctuation, doubled) they are removed.
 */

const CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const INVISIBLE_FORMATTING = /[\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\u061C\uFEFF\u2060-\u2064\u180E]/g;

// A joiner stays only between two letters (with their combining marks), or a ZWJ between two pictographs.
const JOINERS = /\u200C+|\u200D+/g;
const LETTER_BEFORE = /[\p{L}\p{M}]$/u;
const LETTER_AFTER = /^[\p{L}\p{M}]/u;
const PICTOGRAPH_BEFORE = /\p{Extended_Pictographic}\uFE0F?$/u;
const PICTOGRAPH_AFTER = /^\p{Extended_Pictographic}/u;

const CONTROLS = new RegExp(CONTROL.source, 'g');

/** The text without its control characters (for what is only read: a search, a filter, a slug to look up). */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROLS, '');
}

/** The first control character of a text, as `U+0000`, or null when it has none. */
export function controlCharacterIn(text: string): string | null {
  const found = CONTROL.exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** The text without invisible formatting characters, joiners kept only inside words (see above). */
export function withoutInvisibleFormatting(text: string): string {
  const stripped = text.replace(INVISIBLE_FORMATTING, '');
  if (!stripped.includes('\u200C') && !stripped.includes('\u200D')) return stripped;
  return stripped.replace(JOINERS, (run: string, offset: number, whole: string) => {
    // Only the neighbours matter (a pictograph is two UTF-16 units, plus an optional U+FE0F).
    const before = whole.slice(Math.max(0, offset - 3), offset);
    const after = whole.slice(offset + run.length, offset + run.length + 2);
    const joiner = run[0];
    if (LETTER_BEFORE.test(before) && LETTER_AFTER.test(after)) return joiner;
    if (joiner === '\u200D' && PICTOGRAPH_BEFORE.test(before) && PICTOGRAPH_AFTER.test(after)) return joiner;
    return '';
  });
}
