import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Locale, Provenance } from '@icssi/platform';
import { TranslatableField } from '../domain/translation.commands';
import type * as domain from '../domain/translation.commands';

// Enum values live in the domain; GraphQL only registers them.
export { TranslatableField };

registerEnumType(TranslatableField, {
  name: 'TranslatableField',
  description: 'A localized text of the organisations subgraph.',
  valuesConfig: {
    GOVERNORATE_NAME: { description: 'A governorate’s name (admins only: reference data).' },
    ORGANISATION_NAME: { description: 'An organisation’s name.' },
    ORGANISATION_DESCRIPTION: { description: 'An organisation’s description.' },
    WORKING_GROUP_NAME: { description: 'A working group’s name.' },
  },
});

@InputType('SetTranslationInput', {
  description: 'One language of one text, with its provenance (e.g. a native speaker reviewing a machine translation).',
})
export class SetTranslationInput implements domain.SetTranslationInput {
  @Field(() => TranslatableField, { description: 'Which text.' })
  field!: TranslatableField;

  @Field(() => ID, { description: 'The record: an id, or a governorate’s ISO code.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read (not for governorates, which are reference data).' })
  version?: number | null;

  @Field(() => Locale, { description: 'The language.' })
  locale!: Locale;

  @Field({ description: 'The text in that language; empty removes the translation.' })
  value!: string;

  @Field(() => Provenance, { description: 'How this translation was produced.' })
  provenance!: Provenance;
}
