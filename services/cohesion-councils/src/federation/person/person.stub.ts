import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Person is owned by the organisations subgraph, which applies its privacy rules; referenced here by key. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Person', { description: 'A person (owned by the organisations subgraph).' })
export class PersonStub {
  @Field(() => ID, { description: 'The person id.' })
  id!: string;
}

export const personStub = (id: string): PersonStub => ({ id });
