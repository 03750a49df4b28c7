import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Organisation is owned by the organisations subgraph; this subgraph adds `coordinatedCouncils`. */
@Directive('@key(fields: "id")')
@ObjectType('Organisation', { description: 'An organisation (owned by the organisations subgraph).' })
export class OrganisationStub {
  @Field(() => ID, { description: 'The organisation id.' })
  id!: string;
}

export const organisationStub = (id: string): OrganisationStub => ({ id });

export const resolveOrganisationStub = (reference: { id: string }): OrganisationStub => organisationStub(reference.id);
