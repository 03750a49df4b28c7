import { Directive, Field, ObjectType } from 'type-graphql';
import { DEFAULT_LOCALE, Locale, isLocale } from '../locale';

/** The labels entity as every subgraph sees it: only its key. */
export interface LabelsKey {
  locale: Locale;
}

/**
 * A fresh `Labels` type for one subgraph to add its enums' labels to. It is an entity keyed by
 * locale: the organisations subgraph answers `labels(locale)`, and each subgraph contributes the
 * label lists of its own enums, so a page gets every label it needs in one request.
 */
export function createLabelsType(): new () => LabelsKey {
  @Directive('@key(fields: "locale")')
  @ObjectType('Labels', {
    description: 'Labels of the enum values pages show, in one language; each subgraph contributes the labels of its own enums.',
  })
  class Labels implements LabelsKey {
    @Field(() => Locale, { description: 'The language of the labels.' })
    locale!: Locale;
  }
  return Labels;
}

/** Labels reached from another subgraph: an unknown locale falls back to the default. */
export const resolveLabelsReference = (reference: { locale?: unknown }): LabelsKey => ({
  locale: isLocale(reference.locale) ? reference.locale : DEFAULT_LOCALE,
});
