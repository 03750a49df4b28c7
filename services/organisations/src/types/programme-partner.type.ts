import { Field, ObjectType } from 'type-graphql';
import { PartnershipRole } from './partnership-role.enum';

@ObjectType('ProgrammePartner', { description: 'An organisation taking part in a programme, and its role in it.' })
export class ProgrammePartner {
  @Field(() => PartnershipRole, { description: 'What the organisation is to the programme (funder, key or implementing partner, …).' })
  role!: PartnershipRole;
}
