import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { Locale } from './locale';
import { Provenance } from './localized-text';

registerEnumType(Provenance, {
  name: 'Provenance',
  description: 'How a translation was produced.',
  valuesConfig: {
    HUMAN: { description: 'Written by a person in this language.' },
    MACHINE: { description: 'Machine translation, not yet reviewed by a native speaker.' },
    REVIEWED: { description: 'Machine translation reviewed by a native speaker.' },
  },
});

// Shared by every subgraph that has localized text, hence @shareable.
@Directive('@shareable')
@ObjectType({ description: 'One language version of a localized text.' })
export class Translation {
  @Field(() => Locale, { description: 'The language of this version.' })
  locale!: Locale;

  @Field({ description: 'The text in that language.' })
  value!: string;

  @Field(() => Provenance, { description: 'How this version was produced.' })
  provenance!: Provenance;
}
