import type { EnumName } from '../i18n/labels';
import type { GraphText } from '../i18n/localized-text';
import { Localized } from './localized';
import type { PageContext } from '../page-context';

/** An enum value as a word in the reader's language, in a small tag. */
export function Badge(props: { ctx: PageContext; of: EnumName; value: string }) {
  return <span class={`badge badge-${props.value.toLowerCase()}`}>{props.ctx.labels.of(props.of, props.value)}</span>;
}

export function Themes(props: { ctx: PageContext; themes: readonly string[] }) {
  if (!props.themes.length) return null;
  return (
    <ul class="themes">
      {props.themes.map((theme) => (
        <li>{props.ctx.labels.of('Theme', theme)}</li>
      ))}
    </ul>
  );
}

/** From–to, or the one date there is. */
export function DateRange(props: { ctx: PageContext; from: string | null | undefined; to: string | null | undefined }) {
  const { ctx, from, to } = props;
  if (!from && !to) return null;
  if (!to || from === to) return <time datetime={from ?? to ?? ''}>{ctx.date(from ?? to)}</time>;
  if (!from) return <time datetime={to}>{ctx.date(to)}</time>;
  return (
    <span class="date-range">
      <time datetime={from}>{ctx.date(from)}</time> – <time datetime={to}>{ctx.date(to)}</time>
    </span>
  );
}

/**
 * A person as the public API gives them: their name if they consented to publish it (with the
 * language it is written in), else their pseudonym (in the reader's script), marked as one.
 */
export function PersonName(props: {
  ctx: PageContext;
  person: { displayName: string; namePublished: boolean; displayNameText?: GraphText | null };
}) {
  const { ctx, person } = props;
  if (person.namePublished && person.displayNameText) {
    return (
      <span class="person">
        <Localized ctx={ctx} text={ctx.text(person.displayNameText)} />
      </span>
    );
  }
  return (
    <span class="person">
      <bdi>{person.displayName}</bdi>
      {person.namePublished ? null : <small class="hint"> ({ctx.t.pseudonym})</small>}
    </span>
  );
}

/** A horizontal bar for a percentage (drawn from the start of the line: the right in RTL); the number beside it is what is read out. */
export function PercentBar(props: { ctx: PageContext; percent: number }) {
  const percent = Math.max(0, Math.min(100, Math.round(props.percent)));
  const x = props.ctx.info.dir === 'rtl' ? 100 - percent : 0;
  return (
    <span class="percent">
      <svg class="bar" width="100" height="10" viewBox="0 0 100 10" aria-hidden="true" focusable="false">
        <rect class="track" x="0" y="0" width="100" height="10" rx="2" />
        <rect class="fill" x={x} y="0" width={percent} height="10" rx="2" />
      </svg>
      <span class="value">{props.ctx.percent(percent)}</span>
    </span>
  );
}
