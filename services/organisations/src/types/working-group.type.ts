import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, Region, Theme, VersionedType } from '@icssi/platform';
import { WorkingGroupStatus } from './working-group-status.enum';

@Directive('@key(fields: "id")')
@ObjectType('WorkingGroup', { description: 'A youth-led working group on a human-rights or freedoms theme.' })
export class WorkingGroup extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field({ description: 'URL-safe unique name.' })
  slug!: string;

  @Field(() => [Theme], { description: 'Themes the group campaigns on.' })
  themes!: Theme[];

  @Field(() => Region, { description: 'The region the group works in.' })
  region!: Region;

  @Field(() => WorkingGroupStatus, { description: 'Life-cycle state.' })
  status!: WorkingGroupStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When the group was founded.' })
  foundedOn!: string | null;
}
