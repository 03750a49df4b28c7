import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@icssi/platform';
import { PersonEntity } from '../entities/person.entity';
import { Person } from './person.type';

@ObjectType('PersonPayload', { description: 'The result of a person mutation.' })
export class PersonPayload {
  @Field(() => Person, { nullable: true, description: 'The person as written; null when userErrors say why not.' })
  person!: PersonEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}
