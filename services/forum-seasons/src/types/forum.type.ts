import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Region, VersionedType } from '@icssi/platform';

@Directive('@key(fields: "id")')
@ObjectType('Forum', { description: 'A social forum, where civil society meets and plans together.' })
export class Forum extends VersionedType {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id!: string;

  @Field({ description: 'URL-safe unique name, e.g. "iraqi-social-forum".' })
  slug!: string;

  @Field(() => Region, { description: 'The region of the forum.' })
  region!: Region;

  @Field(() => Int, { nullable: true, description: 'Year the forum was founded.' })
  foundedYear!: number | null;
}
