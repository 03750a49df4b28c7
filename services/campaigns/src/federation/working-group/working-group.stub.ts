import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** WorkingGroup is owned by the organisations subgraph; this subgraph knows it by key and adds `campaigns`. */
@Directive('@key(fields: "id")')
@ObjectType('WorkingGroup', { description: 'A youth-led working group (owned by the organisations subgraph).' })
export class WorkingGroupStub {
  @Field(() => ID, { description: 'The working group id.' })
  id!: string;
}

export const workingGroupStub = (id: string): WorkingGroupStub => ({ id });

export const resolveWorkingGroupStub = (reference: { id: string }): WorkingGroupStub => workingGroupStub(reference.id);
