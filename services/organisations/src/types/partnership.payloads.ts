import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@icssi/platform';
import { PartnershipEntity } from '../entities/partnership.entity';
import { Partnership } from './partnership.type';

@ObjectType('PartnershipPayload', { description: 'The result of a partnership mutation.' })
export class PartnershipPayload {
  @Field(() => Partnership, { nullable: true, description: 'The partnership as written; null when userErrors say why not.' })
  partnership!: PartnershipEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}
