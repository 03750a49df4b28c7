/** Why a mutation did not do what was asked (registered for GraphQL in graphql/user-error.type.ts). */
export enum UserErrorCode {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  DUPLICATE = 'DUPLICATE',
  FORBIDDEN = 'FORBIDDEN',
}

/** A validation or business error of a write, as the domain returns it; nothing was changed. */
export interface UserErrorValue {
  code: UserErrorCode;
  /** Path of the input field at fault, e.g. ['input', 'personId']. */
  field: string[];
  /** Explanation for people, in the caller's language. */
  message: string;
}
