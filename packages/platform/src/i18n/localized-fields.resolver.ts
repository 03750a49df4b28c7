import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Locale } from './locale';
import { LocalizedString, localizedString } from './localized-string.type';
import { type LocalizedText, localize, translationsOf } from './localized-text';
import { Translation } from './translation.type';

/** One localized text field of a type, e.g. a campaign's title. */
export interface LocalizedFieldSpec<TRoot> {
  /** Where the stored text is on the resolved object (the entity row). */
  read: (root: TRoot) => LocalizedText | null | undefined;
  /** What the text is, as the start of a sentence: "The campaign’s title". */
  description: string;
  /** Whether the plain field may be null (a text that is optional); keep as released. */
  nullable: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql and TypeORM take classes as plain `Function`s
type ObjectTypeClass = Function;

/**
 * Declares localized text fields of one GraphQL type once, instead of by hand per field. For a
 * field `title` it adds three fields with the same source:
 *   title: String              the text in the reader’s language, along the fallback chain
 *   titleTranslations: [Translation!]!   every language version with its provenance
 *   titleText: LocalizedString the text with its locale, fallback flag, direction and provenance
 * The common case stays one plain string; the locale information is there for pages that need it.
 * Returns a resolver class to list in the subgraph's resolvers.
 */
export function localizedFieldsResolver<TRoot>(
  objectType: ObjectTypeClass,
  fields: Record<string, LocalizedFieldSpec<TRoot>>,
): ObjectTypeClass {
  class LocalizedFields {}
  const prototype = LocalizedFields.prototype as unknown as Record<string, unknown>;
  const define = (
    name: string,
    returnType: () => unknown,
    options: { nullable: boolean; description: string },
    method: (root: TRoot, context: { locale: Locale }) => unknown,
  ) => {
    prototype[name] = method;
    FieldResolver(returnType as never, options)(prototype, name, Object.getOwnPropertyDescriptor(prototype, name)!);
    Root()(prototype, name, 0);
    Ctx()(prototype, name, 1);
  };
  for (const [name, spec] of Object.entries(fields)) {
    define(
      name,
      () => String,
      {
        nullable: spec.nullable,
        description: `${spec.description} in the reader’s language, falling back along the chain when it has none.`,
      },
      (root, context) => localize(spec.read(root), context.locale),
    );
    define(
      `${name}Translations`,
      () => [Translation],
      { nullable: false, description: `${spec.description} in every language, with provenance.` },
      (root) => translationsOf(spec.read(root)),
    );
    define(
      `${name}Text`,
      () => LocalizedString,
      {
        nullable: true,
        description: `${spec.description} in the reader’s language with the language it came in, whether that is a fallback, its direction and provenance (null when there is no text).`,
      },
      (root, context) => localizedString(spec.read(root), context.locale),
    );
  }
  Resolver(() => objectType)(LocalizedFields);
  Object.defineProperty(LocalizedFields, 'name', { value: `${objectType.name}LocalizedFields` });
  return LocalizedFields;
}
