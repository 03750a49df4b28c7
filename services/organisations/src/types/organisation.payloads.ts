import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@icssi/platform';
import { OrganisationEntity } from '../entities/organisation.entity';
import { Organisation } from './organisation.type';

@ObjectType('OrganisationPayload', { description: 'The result of an organisation mutation.' })
export class OrganisationPayload {
  @Field(() => Organisation, { nullable: true, description: 'The organisation as written; null when userErrors say why not.' })
  organisation!: OrganisationEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}
