import { Field, ObjectType } from 'type-graphql';

@ObjectType('ContactDetails', {
  description: 'How to reach a person. Editors of the person’s region and admins only; every read is logged.',
})
export class ContactDetails {
  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone!: string | null;
}
