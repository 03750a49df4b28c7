import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Region, Theme, VersionedType } from '@icssi/platform';
import { OrganisationKind } from './organisation-kind.enum';
import { OrganisationStatus } from './organisation-status.enum';
import { RegistrationStatus } from './registration-status.enum';

@Directive('@key(fields: "id")')
@ObjectType('Organisation', { description: 'A civil-society organisation, network, forum secretariat, partner, donor or authority.' })
export class Organisation extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field({ description: 'URL-safe unique name, e.g. "peace-and-freedom-organization".' })
  slug!: string;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. ICSSI.' })
  acronym!: string | null;

  @Field(() => OrganisationKind, { description: 'What kind of body this is.' })
  kind!: OrganisationKind;

  @Field(() => Region, { description: 'The region where the organisation is based.' })
  homeRegion!: Region;

  @Field(() => [Theme], { description: 'Themes the organisation works on.' })
  themes!: Theme[];

  @Field(() => Int, { nullable: true, description: 'Year the organisation was founded.' })
  foundedYear!: number | null;

  @Field(() => String, { nullable: true, description: 'Public website.' })
  website!: string | null;

  @Field(() => OrganisationStatus, { description: 'Whether the organisation is active.' })
  status!: OrganisationStatus;

  @Field(() => RegistrationStatus, { description: 'Registered body or informal collective.' })
  registrationStatus!: RegistrationStatus;
}
