import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Governorate is owned by the organisations subgraph; this subgraph adds `forumSeasons`. */
@Directive('@key(fields: "code")')
@ObjectType('Governorate', { description: 'A governorate of Iraq (owned by the organisations subgraph).' })
export class GovernorateStub {
  @Field(() => ID, { description: 'ISO 3166-2 code.' })
  code!: string;
}

export const governorateStub = (code: string): GovernorateStub => ({ code });

export const resolveGovernorateStub = (reference: { code: string }): GovernorateStub => governorateStub(reference.code);
