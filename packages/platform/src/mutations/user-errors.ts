import { Locale } from '../i18n/locale';
import { type UserErrorValue, UserErrorCode } from '../domain/user-error';
import { isPlausibleSlug } from '../ids/record-keys';

type Messages = Partial<Record<Locale, string>> & { en: string };

/** Validation messages in the caller's language where a translation exists (English otherwise). */
const MESSAGES = {
  required: { en: 'This value is required.', ar: 'هذه القيمة مطلوبة.', ckb: 'ئەم بەهایە پێویستە.' },
  tooLong: { en: 'At most {max} characters.', ar: '{max} حرفاً على الأكثر.', ckb: 'زۆرترین {max} پیت.' },
  outOfRange: { en: 'Must be between {min} and {max}.', ar: 'يجب أن تكون بين {min} و{max}.', ckb: 'دەبێت لە نێوان {min} و {max} بێت.' },
  datesOutOfOrder: {
    en: 'The end date is before the start date.',
    ar: 'تاريخ النهاية قبل تاريخ البداية.',
    ckb: 'بەرواری کۆتایی پێش بەرواری دەستپێکە.',
  },
  notFound: { en: 'No such record.', ar: 'لا يوجد سجل كهذا.', ckb: 'تۆمارێکی وا نییە.' },
  forbiddenRegion: {
    en: 'Editors may change records of their own region only.',
    ar: 'لا يمكن للمحررين تعديل إلا سجلات منطقتهم.',
    ckb: 'دەستکاریکەران تەنها تۆمارەکانی هەرێمی خۆیان دەگۆڕن.',
  },
  conflict: {
    en: 'The record changed since you read it (now version {version}); reload and try again.',
    ar: 'تغيّر السجل منذ قراءتك له (الإصدار الحالي {version})؛ أعد التحميل وحاول مجدداً.',
    ckb: 'تۆمارەکە گۆڕاوە لەوەتەی خوێندتەوە (وەشانی ئێستا {version})؛ دووبارە بارکە و هەوڵ بدەرەوە.',
  },
  duplicate: { en: 'A record with this value already exists.', ar: 'يوجد سجل بهذه القيمة مسبقاً.', ckb: 'تۆمارێک بەم بەهایە هەیە.' },
  invalid: { en: 'This value is not valid.', ar: 'هذه القيمة غير صالحة.', ckb: 'ئەم بەهایە دروست نییە.' },
  notProposed: {
    en: 'Only a proposed recommendation can be adopted.',
    ar: 'لا يمكن اعتماد إلا توصية مقترحة.',
    ckb: 'تەنها ڕاسپاردەیەکی پێشنیارکراو پەسەند دەکرێت.',
  },
  stillInUse: {
    en: 'Still in use ({what}); archive or withdraw those first.',
    ar: 'ما زال مستخدماً ({what})؛ أرشِف تلك السجلات أو اسحبها أولاً.',
    ckb: 'هێشتا بەکاردێت ({what})؛ سەرەتا ئەوانە ئەرشیف بکە یان بیانکشێنەوە.',
  },
  statusOrCalendar: {
    en: 'Give either a status or followCalendar, not both.',
    ar: 'حدّد إما الحالة أو followCalendar، لا كليهما.',
    ckb: 'یان دۆخێک دیاری بکە یان followCalendar، نەک هەردووکیان.',
  },
  idempotencyMismatch: {
    en: 'This idempotency key was used with a different input.',
    ar: 'استُخدم مفتاح عدم التكرار هذا مع مدخلات مختلفة.',
    ckb: 'ئەم کلیلە پێشتر لەگەڵ داهاتێکی جیاواز بەکارهاتووە.',
  },
} satisfies Record<string, Messages>;

export type MessageKey = keyof typeof MESSAGES;

export function message(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const messages: Messages = MESSAGES[key];
  const template = messages[locale] ?? messages.en;
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => String(params[name] ?? ''));
}

export function userError(code: UserErrorCode, field: string[], text: string): UserErrorValue {
  return { code, field, message: text };
}

/** The head counts of one event as a write will leave them (unknown ones null). */
export interface HeadCounts {
  total: number | null | undefined;
  women: number | null | undefined;
  youth: number | null | undefined;
}

/** Collects validation failures for one input; nothing is written when any is found. */
export class InputChecks {
  readonly errors: UserErrorValue[] = [];

  constructor(private readonly locale: Locale) {}

  fail(code: UserErrorCode, field: string[], key: MessageKey, params: Record<string, string | number> = {}): void {
    this.errors.push(userError(code, field, message(this.locale, key, params)));
  }

  required(value: unknown, field: string[]): boolean {
    const missing = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (missing) this.fail(UserErrorCode.INVALID, field, 'required');
    return !missing;
  }

  maxLength(value: string | null | undefined, max: number, field: string[]): void {
    if (value != null && value.length > max) this.fail(UserErrorCode.INVALID, field, 'tooLong', { max });
  }

  range(value: number | null | undefined, min: number, max: number, field: string[]): void {
    if (value != null && (!Number.isFinite(value) || value < min || value > max))
      this.fail(UserErrorCode.INVALID, field, 'outOfRange', { min, max });
  }

  /**
   * Head counts of one event (people taking part, attendance): the total 0–max, women and young
   * people each 0 to the total (to max while no total is known); fields `input.<prefix>Total`, …Women, …Youth.
   */
  headCounts(prefix: string, counts: HeadCounts, max: number): void {
    this.range(counts.total, 0, max, ['input', `${prefix}Total`]);
    this.range(counts.women, 0, counts.total ?? max, ['input', `${prefix}Women`]);
    this.range(counts.youth, 0, counts.total ?? max, ['input', `${prefix}Youth`]);
  }

  datesInOrder(start: string | null | undefined, end: string | null | undefined, field: string[]): void {
    if (start && end && end < start) this.fail(UserErrorCode.INVALID, field, 'datesOutOfOrder');
  }

  /** Slugs: lower-case letters, digits and hyphens. */
  slug(value: string, field: string[]): void {
    if (!isPlausibleSlug(value) || value !== value.toLowerCase()) this.fail(UserErrorCode.INVALID, field, 'invalid');
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}

/** Checks a localized text input: at least one translation, each at most `max` characters. */
export function checkText(
  checks: InputChecks,
  text: Partial<Record<Locale, string | null>> | null | undefined,
  max: number,
  field: string[],
  required: boolean,
): void {
  const values = Object.values(Locale)
    .map((locale) => [locale, text?.[locale]?.trim() ?? ''] as const)
    .filter(([, value]) => value.length > 0);
  if (required && values.length === 0) checks.fail(UserErrorCode.INVALID, field, 'required');
  for (const [locale, value] of values) checks.maxLength(value, max, [...field, locale]);
}

/** The usual single-error outcomes of a mutation. */
export const outcomes = {
  notFound: (locale: Locale, field: string[]) => ({ userErrors: [userError(UserErrorCode.NOT_FOUND, field, message(locale, 'notFound'))] }),
  forbiddenRegion: (locale: Locale, field: string[]) => ({
    userErrors: [userError(UserErrorCode.FORBIDDEN, field, message(locale, 'forbiddenRegion'))],
  }),
  conflict: (locale: Locale, version: number) => ({
    userErrors: [userError(UserErrorCode.CONFLICT, ['input', 'version'], message(locale, 'conflict', { version }))],
  }),
};
