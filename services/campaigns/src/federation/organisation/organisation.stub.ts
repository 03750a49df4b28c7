import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Organisation is owned by the organisations subgraph; this subgraph knows it by key and adds `campaigns`. */
@Directive('@key(fields: "id")')
@ObjectType('Organisation', { description: 'An organisation (owned by the organisations subgraph).' })
export class OrganisationStub {
  @Field(() => ID, { description: 'The organisation id.' })
  id!: string;
}

export const organisationStub = (id: string): OrganisationStub => ({ id });

/** No lookup needed: this subgraph only adds fields computed from the key. */
export const resolveOrganisationStub = (reference: { id: string }): OrganisationStub => organisationStub(reference.id);
