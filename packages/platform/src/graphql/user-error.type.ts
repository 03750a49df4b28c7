import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { UserErrorCode, type UserErrorValue } from '../domain/user-error';

export { UserErrorCode };

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation did not do what was asked.',
  valuesConfig: {
    INVALID: { description: 'An input value is not acceptable.' },
    NOT_FOUND: { description: 'A referenced record does not exist (or is not visible to you).' },
    CONFLICT: { description: 'The record changed since you read it: reload and retry.' },
    DUPLICATE: { description: 'A record with this unique value already exists.' },
    FORBIDDEN: { description: 'You may not do this to this record.' },
  },
});

// Defined identically in every subgraph with mutations, hence @shareable.
@Directive('@shareable')
@ObjectType('UserError', { description: 'A validation or business error of a mutation; nothing was changed.' })
export class UserError implements UserErrorValue {
  @Field(() => UserErrorCode, { description: 'What kind of problem.' })
  code!: UserErrorCode;

  @Field(() => [String], { description: 'Path of the input field at fault, e.g. ["input", "personId"].' })
  field!: string[];

  @Field({ description: 'Explanation for people.' })
  message!: string;
}
