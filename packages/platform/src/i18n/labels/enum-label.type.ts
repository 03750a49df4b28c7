import { Field, ObjectType } from 'type-graphql';
import { Locale } from '../locale';
import { LocalizedString, localizedString } from '../localized-string.type';
import { localize } from '../localized-text';
import { LabelCatalog } from './label-catalog';

/** One enum value with its label in the reader's language. */
export interface EnumLabel<E extends string = string> {
  value: E;
  label: string;
  labelText: LocalizedString;
}

/** The label list of one enum: its GraphQL type and the labels of its values, in declaration order. */
export interface EnumLabels<E extends string = string> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql and TypeORM take classes as plain `Function`s
  labelType: Function;
  enumName: string;
  values: E[];
  catalog: LabelCatalog<E>;
  /** What the list is, for the field's description: "Campaign statuses". */
  description: string;
}

/**
 * Declares the labels of an enum: a `<Enum>Label { value label labelText }` type whose `value` is
 * typed as the enum itself (so a typed client maps values to labels without casts).
 */
export function enumLabels<E extends string>(
  enumObject: Record<string, E>,
  enumName: string,
  catalog: LabelCatalog<E>,
  description: string,
): EnumLabels<E> {
  @ObjectType(`${enumName}Label`, { description: `A value of ${enumName} with its label in the requested language.` })
  class Label implements EnumLabel<E> {
    @Field(() => enumObject, { description: 'The enum value, as the API uses it.' })
    value!: E;

    @Field({ description: 'What a page shows for the value.' })
    label!: string;

    @Field(() => LocalizedString, { description: 'The label with its language, direction and provenance.' })
    labelText!: LocalizedString;
  }
  return { labelType: Label, enumName, values: Object.values(enumObject), catalog, description };
}

/** The labels of every value, in the enum's declaration order. */
export function labelsIn<E extends string>(labels: EnumLabels<E>, locale: Locale): EnumLabel<E>[] {
  return labels.values.map((value) => ({
    value,
    label: localize(labels.catalog[value], locale) ?? value,
    labelText: localizedString(labels.catalog[value], locale)!,
  }));
}
