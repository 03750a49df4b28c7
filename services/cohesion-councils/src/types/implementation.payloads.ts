import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@icssi/platform';
import { ImplementationEntity } from '../entities/implementation.entity';
import { ImplementationUpdateEntity } from '../entities/implementation-update.entity';
import { ImplementationUpdate } from './implementation-update.type';
import { Implementation } from './implementation.type';

@ObjectType('ImplementationPayload', { description: 'The result of an implementation mutation.' })
export class ImplementationPayload {
  @Field(() => Implementation, { nullable: true, description: 'The implementation as written; null when userErrors say why not.' })
  implementation!: ImplementationEntity | null;

  @Field(() => ImplementationUpdate, { nullable: true, description: 'The timeline step just recorded, if any.' })
  update!: ImplementationUpdateEntity | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}
