import { Field, InputType } from 'type-graphql';
import { type LocalizedTextValues } from '../domain/localized-text-values';

@InputType('LocalizedTextInput', { description: 'A text in one or more languages, written by people (provenance HUMAN).' })
export class LocalizedTextInput implements LocalizedTextValues {
  @Field(() => String, { nullable: true, description: 'Arabic.' })
  ar?: string | null;

  @Field(() => String, { nullable: true, description: 'Central Kurdish (Sorani).' })
  ckb?: string | null;

  @Field(() => String, { nullable: true, description: 'Northern Kurdish (Kurmanji/Badini).' })
  kmr?: string | null;

  @Field(() => String, { nullable: true, description: 'English.' })
  en?: string | null;
}
