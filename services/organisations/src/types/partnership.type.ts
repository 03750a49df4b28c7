import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, Region, Theme, VersionedType } from '@icssi/platform';
import { PartnershipRole } from './partnership-role.enum';

@ObjectType('Partnership', { description: 'A partnership between two organisations.' })
export class Partnership extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field(() => PartnershipRole, { description: 'What the organisation is to its partner.' })
  role!: PartnershipRole;

  @Field(() => Region, { nullable: true, description: 'The region the partnership covers; null for all.' })
  regionScope!: Region | null;

  @Field(() => [Theme], { description: 'Themes of the partnership.' })
  themes!: Theme[];

  @Field(() => DateScalar, { nullable: true, description: 'When it started.' })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it ended; null while it lasts.' })
  endDate!: string | null;
}
