import { Directive, Field, ObjectType } from 'type-graphql';
import { Locale } from './locale';
import { LocalizedText, Provenance, resolveTranslation } from './localized-text';
import { TextDirection, directionOf } from './text-direction';

// Shared by every subgraph that has localized text, hence @shareable.
@Directive('@shareable')
@ObjectType('LocalizedString', {
  description:
    'A text as resolved for the reader, with the language it came in: a page sets `lang` and `dir` from it, and can mark a fallback or a machine translation.',
})
export class LocalizedString {
  @Field({ description: 'The text.' })
  value!: string;

  @Field(() => Locale, { description: 'The language the text is in (the reader’s, or the first one found along the fallback chain).' })
  locale!: Locale;

  @Field({ description: 'True when the text is not in the reader’s language (it came from the fallback chain).' })
  isFallback!: boolean;

  @Field(() => TextDirection, { description: 'The writing direction of the text’s language.' })
  direction!: TextDirection;

  @Field(() => Provenance, { description: 'How this language version was produced (MACHINE: not yet checked by a person).' })
  provenance!: Provenance;
}

/**
 * The text in the reader's locale with where it came from, following the same fallback chain as
 * `localize`; null when there is no text at all.
 */
export function localizedString(text: LocalizedText | null | undefined, locale: Locale): LocalizedString | null {
  const translation = resolveTranslation(text, locale);
  if (!translation) return null;
  return {
    value: translation.value,
    locale: translation.locale,
    isFallback: translation.locale !== locale,
    direction: directionOf(translation.locale),
    provenance: translation.provenance,
  };
}
