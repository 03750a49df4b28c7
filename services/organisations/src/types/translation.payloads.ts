import { Field, ObjectType } from 'type-graphql';
import { Translation, UserError } from '@icssi/platform';

@ObjectType('SetTranslationPayload', { description: 'The result of setting a translation.' })
export class SetTranslationPayload {
  @Field(() => [Translation], {
    nullable: true,
    description: 'Every translation of the text after the change; null when userErrors say why not.',
  })
  translations!: Translation[] | null;

  @Field(() => [UserError], { description: 'Validation and business errors; when present, nothing was written.' })
  userErrors!: UserError[];
}
