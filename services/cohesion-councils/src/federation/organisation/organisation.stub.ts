import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Organisation is owned by the organisations subgraph; referenced here by key only. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Organisation', { description: 'An organisation (owned by the organisations subgraph).' })
export class OrganisationStub {
  @Field(() => ID, { description: 'The organisation id.' })
  id!: string;
}

export const organisationStub = (id: string): OrganisationStub => ({ id });
