import type { Child } from 'hono/jsx';
import type { LocalizedValue } from '../i18n/localized-text';
import type { PageContext } from '../page-context';

type Tag = 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'div';

/**
 * A localized text from the graph. In the reader's language it is plain text; when the graph fell
 * back to another language it carries that language's `lang` and `dir` and a visible
 * "not yet translated" hint in the reader's language.
 */
export function Localized(props: { ctx: PageContext; text: LocalizedValue | null; as?: Tag; class?: string; fallback?: Child }) {
  const { ctx, text } = props;
  const Element = props.as ?? 'span';
  if (!text) return props.fallback ? <Element class={props.class}>{props.fallback}</Element> : null;
  if (!text.isFallback) {
    const machine = text.isMachine && Element === 'p' ? <small class="hint"> ({ctx.t.machineTranslated})</small> : null;
    return (
      <Element class={props.class}>
        {text.value}
        {machine}
      </Element>
    );
  }
  return (
    <Element class={props.class}>
      <span lang={text.lang} dir={text.dir}>
        {text.value}
      </span>{' '}
      <small class="hint untranslated">({ctx.t.notTranslated})</small>
    </Element>
  );
}

/** A name the graph keeps in one form (an acronym, a venue, a pseudonym): isolated from the text around it. */
export function Isolated(props: { value: string | null | undefined }) {
  return props.value ? <bdi>{props.value}</bdi> : null;
}
