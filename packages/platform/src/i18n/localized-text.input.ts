import { Field, InputType } from 'type-graphql';
import { Locale } from './locale';
import { LocalizedText, Provenance } from './localized-text';

@InputType('LocalizedTextInput', { description: 'A text in one or more languages, written by people (provenance HUMAN).' })
export class LocalizedTextInput {
  @Field(() => String, { nullable: true, description: 'Arabic.' })
  ar?: string | null;

  @Field(() => String, { nullable: true, description: 'Central Kurdish (Sorani).' })
  ckb?: string | null;

  @Field(() => String, { nullable: true, description: 'Northern Kurdish (Kurmanji/Badini).' })
  kmr?: string | null;

  @Field(() => String, { nullable: true, description: 'English.' })
  en?: string | null;
}

/** Stored form of a text input; blank translations are dropped. */
export function fromTextInput(input: LocalizedTextInput): LocalizedText {
  const text: LocalizedText = {};
  for (const locale of Object.values(Locale)) {
    const value = input[locale]?.trim();
    if (value) text[locale] = { value, provenance: Provenance.HUMAN };
  }
  return text;
}
