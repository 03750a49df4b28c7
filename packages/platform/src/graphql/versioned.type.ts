import { Field, Int, ObjectType } from 'type-graphql';

/** Fields every domain entity type exposes; the version goes back with updates. */
// Not emitted on its own: type-graphql 2 only prints types that are reachable or orphaned.
@ObjectType()
export abstract class VersionedType {
  @Field({ description: 'When the record was created.' })
  createdAt!: Date;

  @Field({ description: 'When the record was last changed.' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Version for optimistic concurrency: send it back with updates.' })
  version!: number;
}
