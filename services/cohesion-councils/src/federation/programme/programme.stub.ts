import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Programme is owned by the organisations subgraph; this subgraph knows it by key and adds what belongs to it. */
@Directive('@key(fields: "id")')
@ObjectType('Programme', { description: 'A funded programme of the network (owned by the organisations subgraph).' })
export class ProgrammeStub {
  @Field(() => ID, { description: 'The programme id.' })
  id!: string;
}

export const programmeStub = (id: string): ProgrammeStub => ({ id });

/** No lookup needed: programmes are public. */
export const resolveProgrammeStub = (reference: { id: string }): ProgrammeStub => programmeStub(reference.id);
