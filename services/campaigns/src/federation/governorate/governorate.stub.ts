import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Governorate is owned by the organisations subgraph; referenced here by its ISO code only. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('Governorate', { description: 'A governorate of Iraq (owned by the organisations subgraph).' })
export class GovernorateStub {
  @Field(() => ID, { description: 'ISO 3166-2 code.' })
  code!: string;
}

export const governorateStub = (code: string): GovernorateStub => ({ code });
