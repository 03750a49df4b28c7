import type { Child } from 'hono/jsx';
import type { GraphClient, GraphResult } from '../graph/graph-client';
import type { PageContext } from '../page-context';

/** What a page hands to the server: its status, title and body, and how long it may be cached. */
export interface PageOutcome {
  status: 200 | 404;
  title: string;
  /** The page's path without the language (for the language switcher). */
  path: string;
  body: Child;
  /** The graph's Cache-Control for the data the page shows. */
  cacheControl: string | null;
  /** Some data is missing because part of the graph was down. */
  partial: boolean;
}

/** A page: reads from the graph (one persisted operation), returns its HTML. */
export type Page<Params> = (ctx: PageContext, graph: GraphClient, params: Params) => Promise<PageOutcome>;

/** The fields of an outcome that come from the graph's answer. */
export function fromResult(result: GraphResult<unknown>): Pick<PageOutcome, 'cacheControl' | 'partial'> {
  return { cacheControl: result.cacheControl, partial: result.errors.length > 0 };
}

export function notFound(ctx: PageContext, path: string): PageOutcome {
  return {
    status: 404,
    title: ctx.t.notFoundTitle,
    path,
    cacheControl: 'public, max-age=60',
    partial: false,
    body: (
      <section>
        <h1>{ctx.t.notFoundTitle}</h1>
        <p>{ctx.t.notFoundText}</p>
        <p>
          <a href={ctx.href('/search')}>{ctx.t.search}</a> · <a href={ctx.href('/')}>{ctx.t.home}</a>
        </p>
      </section>
    ),
  };
}
