import { registerEnumType } from 'type-graphql';
import { Locale } from './locale';

/** The writing direction of a text, for the `dir` attribute of the element that shows it. */
export enum TextDirection {
  RTL = 'RTL',
  LTR = 'LTR',
}

registerEnumType(TextDirection, {
  name: 'TextDirection',
  description: 'The writing direction of a text (the `dir` attribute of the element that shows it).',
  valuesConfig: {
    RTL: { description: 'Right to left (Arabic; Sorani in Arabic script).' },
    LTR: { description: 'Left to right (English; Kurmanji in Latin script).' },
  },
});

/** Sorani is written in Arabic script here, Kurmanji in Latin script (docs/architecture.md §3, Locale). */
const DIRECTIONS: Record<Locale, TextDirection> = {
  [Locale.ar]: TextDirection.RTL,
  [Locale.ckb]: TextDirection.RTL,
  [Locale.kmr]: TextDirection.LTR,
  [Locale.en]: TextDirection.LTR,
};

export function directionOf(locale: Locale): TextDirection {
  return DIRECTIONS[locale];
}
