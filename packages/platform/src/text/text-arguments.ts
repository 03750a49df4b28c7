import { GraphQLError, type GraphQLFieldResolver, type GraphQLResolveInfo, getNamedType, isNonNullType, isObjectType } from 'graphql';
import { UserErrorCode } from '../domain/user-error';
import { Locale } from '../i18n/locale';
import { controlCharacterIn, withoutControlCharacters, withoutInvisibleFormatting } from './text-safety';

const MESSAGES: Partial<Record<Locale, string>> & { en: string } = {
  en: 'The text contains a control character ({code}), which no text may hold.',
  ar: 'يحتوي النص على محرف تحكم ({code}) غير مسموح به في أي نص.',
  ckb: 'دەقەکە پیتێکی کۆنترۆڵی ({code}) تێدایە کە هیچ دەقێک نابێت هەیبێت.',
};

interface Refusal {
  field: string[];
  code: string;
}

/**
 * Cleans every string of a resolver's arguments in place (invisible formatting removed; control
 * characters too when `controls` is 'drop') and returns the first string that holds a control
 * character, with its path, or null.
 */
export function cleanTextArguments(args: Record<string, unknown>, controls: 'report' | 'drop' = 'report'): Refusal | null {
  let refusal: Refusal | null = null;
  const visit = (value: unknown, path: string[]): unknown => {
    if (typeof value === 'string') {
      const code = controlCharacterIn(value);
      if (code && !refusal) refusal = { field: path, code };
      return withoutInvisibleFormatting(controls === 'drop' && code ? withoutControlCharacters(value) : value);
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => (value[index] = visit(item, [...path, String(index)])));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) (value as Record<string, unknown>)[key] = visit(item, [...path, key]);
    }
    return value;
  };
  for (const [key, value] of Object.entries(args)) args[key] = visit(value, [key]);
  return refusal;
}

/** A mutation payload whose fields besides `userErrors` may all be null can carry the refusal as a user error. */
function answersWithUserErrors(info: GraphQLResolveInfo): boolean {
  const payload = getNamedType(info.returnType);
  if (!isObjectType(payload)) return false;
  const fields = Object.values(payload.getFields());
  return (
    fields.some((field) => field.name === 'userErrors') &&
    fields.every((field) => field.name === 'userErrors' || !isNonNullType(field.type))
  );
}

/**
 * Wraps a root field's resolver with the text checks of text-safety.ts: invisible formatting is
 * removed from every string argument before the resolver sees it. A query's control characters
 * are dropped too; a mutation with one is refused before anything runs: an INVALID user error on
 * its payload (BAD_USER_INPUT where the payload cannot carry one).
 */
export function withTextChecks<TSource, TContext extends { locale?: Locale }>(
  resolve: GraphQLFieldResolver<TSource, TContext>,
): GraphQLFieldResolver<TSource, TContext> {
  return (source, args, context, info) => {
    const writes = info.parentType.name === 'Mutation';
    const refusal = cleanTextArguments(args as Record<string, unknown>, writes ? 'report' : 'drop');
    if (!refusal || !writes) return resolve(source, args, context, info);
    const text = (MESSAGES[context?.locale ?? Locale.en] ?? MESSAGES.en).replace('{code}', refusal.code);
    if (answersWithUserErrors(info)) return { userErrors: [{ code: UserErrorCode.INVALID, field: refusal.field, message: text }] };
    throw new GraphQLError(text, { extensions: { code: 'BAD_USER_INPUT', field: refusal.field } });
  };
}
