import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, VersionedType } from '@icssi/platform';
import { CampaignActionType } from './campaign-action-type.enum';

@Directive('@key(fields: "id")')
@ObjectType('CampaignAction', { description: 'A dated activity of a campaign; located by governorate only.' })
export class CampaignAction extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field(() => CampaignActionType, { description: 'What kind of activity.' })
  type!: CampaignActionType;

  @Field(() => DateScalar, { description: 'The day it took place.' })
  occurredOn!: string;
}
