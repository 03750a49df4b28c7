import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalizedTextInput, Region } from '@icssi/platform';
import { PersonGender } from './person-gender.enum';
import { NameConsent } from '../domain/person.commands';
import type * as person from '../domain/person.commands';

// Enum values live in the domain; GraphQL only registers them.
export { NameConsent };

registerEnumType(NameConsent, {
  name: 'NameConsent',
  description: 'Who the person agreed may see their name.',
  valuesConfig: {
    PUBLIC: { description: 'Everyone.' },
    NETWORK: { description: 'Members of the network and its teams.' },
    NONE: { description: 'Only the team of the person’s region; everyone else sees the pseudonym.' },
  },
});

@InputType('CreatePersonInput', { description: 'A person of the network. Personal values are never written to the audit trail.' })
export class CreatePersonInput implements person.CreatePersonInput {
  @Field(() => String, {
    nullable: true,
    description: 'Your key for this create: a retry with the same key and input returns the first result.',
  })
  idempotencyKey?: string | null;

  @Field(() => LocalizedTextInput, { description: 'Name, with transliterations.' })
  displayName!: LocalizedTextInput;

  @Field({
    description:
      'The name shown to those who may not see the real one: a code such as C-103 (pages show it with the word for activist in the reader’s language), or a name the person chose, shown as written.',
  })
  pseudonym!: string;

  @Field(() => Region, { description: 'Region; editors create people of their own region.' })
  region!: Region;

  @Field(() => NameConsent, { description: 'Who may see the name.' })
  nameConsent!: NameConsent;

  @Field(() => PersonGender, { nullable: true, description: 'Gender (for disaggregated statistics only); UNDISCLOSED when left out.' })
  gender?: PersonGender | null;

  @Field(() => Int, { nullable: true, description: 'Birth year (for disaggregated statistics only).' })
  birthYear?: number | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;
}

@InputType('UpdatePersonInput', {
  description: 'Changes to a person; fields left out stay as they are. Personal values never enter the audit trail.',
})
export class UpdatePersonInput implements person.UpdatePersonInput {
  @Field(() => ID, { description: 'The person.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is a CONFLICT and changes nothing.' })
  version!: number;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'New name (replaces every transliteration).' })
  displayName?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: 'New pseudonym (a code such as C-103, or a name the person chose).' })
  pseudonym?: string | null;

  @Field(() => NameConsent, { nullable: true, description: 'Who may see the name.' })
  nameConsent?: NameConsent | null;

  @Field(() => PersonGender, { nullable: true, description: 'Gender (for disaggregated statistics only).' })
  gender?: PersonGender | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;
}

@InputType('ArchivePersonInput', {
  description: 'Archives a person: they leave every list and stay resolvable for admins (for safety, see lockdownPerson).',
})
export class ArchivePersonInput implements person.ArchivePersonInput {
  @Field(() => ID, { description: 'The person.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}
