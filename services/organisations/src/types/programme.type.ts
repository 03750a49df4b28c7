import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, Region, Theme, VersionedType } from '@icssi/platform';

@Directive('@key(fields: "id")')
@ObjectType('Programme', {
  description:
    'A funded programme of the network, such as ICSSI’s three-year, EU-funded youth civil-society project: its dates, funder and partners, and the working groups, campaigns, forums and councils that belong to it.',
})
export class Programme extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field({ description: 'URL-safe unique name.' })
  slug!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the programme.' })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the programme.' })
  endDate!: string | null;

  @Field(() => [Theme], { description: 'Themes the programme works on.' })
  themes!: Theme[];

  @Field(() => [Region], { description: 'Regions the programme runs in.' })
  regions!: Region[];
}
