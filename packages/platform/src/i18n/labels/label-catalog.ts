import { Locale } from '../locale';
import { type LocalizedText, Provenance, text } from '../localized-text';

/** A label in the four languages of the graph. */
export type LabelTexts = Record<Locale, string>;

/** The labels of every value of one enum. */
export type LabelCatalog<E extends string> = Record<E, LocalizedText>;

/**
 * Labels of an enum's values. English is the vocabulary's own wording (HUMAN); the Arabic, Sorani
 * and Kurmanji labels are machine translations (MACHINE) until a native speaker reviews them.
 */
export function labelCatalog<E extends string>(labels: Record<E, LabelTexts>): LabelCatalog<E> {
  const catalog = {} as LabelCatalog<E>;
  for (const value of Object.keys(labels) as E[]) {
    catalog[value] = text(labels[value], {
      [Locale.ar]: Provenance.MACHINE,
      [Locale.ckb]: Provenance.MACHINE,
      [Locale.kmr]: Provenance.MACHINE,
    });
  }
  return catalog;
}
