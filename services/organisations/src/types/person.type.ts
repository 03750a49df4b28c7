import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Region } from '@icssi/platform';

@Directive('@key(fields: "id")')
@ObjectType('Person', {
  description:
    'A person in the network. Public views are pseudonymous: the name appears only with the person’s consent; contact details, gender and birth year are never public.',
})
export class Person {
  @Field({ description: 'When the record was created.' })
  createdAt!: Date;

  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field(() => Region, { description: 'The region the person is active in.' })
  region!: Region;
}
