import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, Region, Theme, VersionedType } from '@icssi/platform';

@Directive('@key(fields: "id")')
@ObjectType('Campaign', { description: 'A campaign led by a youth working group and/or an organisation.' })
export class Campaign extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field({ description: 'URL-safe unique name.' })
  slug!: string;

  @Field(() => [Theme], { description: 'Themes the campaign works on.' })
  themes!: Theme[];

  @Field(() => [Region], { description: 'Regions the campaign runs in (two for a cross-region campaign).' })
  regions!: Region[];

  @Field(() => DateScalar, { nullable: true, description: 'First day of the campaign.' })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the campaign.' })
  endDate!: string | null;
}
