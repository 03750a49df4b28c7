import { Hono } from 'hono';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { gzipSync } from 'node:zlib';
import { loadAssets } from './assets';
import { Layout } from './components/layout';
import { type GraphClient, GraphRequestError } from './graph/graph-client';
import type { Theme } from './graph/generated/operations';
import { LabelCache, type Labels } from './i18n/labels';
import { type Locale, isLocale } from './i18n/locales';
import { type PageContext, pageContext } from './page-context';
import { campaignPage } from './pages/campaign.page';
import { forumSeasonPage } from './pages/forum-season.page';
import { governoratePage } from './pages/governorate.page';
import { homePage } from './pages/home.page';
import { type PageOutcome, notFound } from './pages/page';
import { searchPage } from './pages/search.page';
import { workingGroupPage } from './pages/working-group.page';
import { THEMES, workingGroupsPage } from './pages/working-groups.page';
import { type SiteConfig } from './regions';

export interface SiteAppOptions {
  site: SiteConfig;
  graph: GraphClient;
  /** False from SIGTERM on, so a load balancer stops sending readers here before the process stops. */
  isReady?: () => boolean;
  /** Where problems are reported (one JSON line each); silent when absent. */
  log?: (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;
}

// Nothing loads from outside the site: no script at all, styles, fonts and images from the site only.
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const GOVERNORATE_CODE = /^IQ-[A-Z]{2}$/;
const MAX_CURSOR = 500;
const MAX_QUERY = 200;

/**
 * A text answer, gzipped when the reader accepts it (pages are a few KB: compressing in one call
 * costs well under a millisecond, a stream would cost more than it saves).
 */
function send(c: Context, body: Buffer, status: ContentfulStatusCode, headers: Record<string, string>, gzipped?: Buffer): Response {
  const vary = { vary: 'accept-encoding' };
  if (body.length > 512 && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    return c.body(new Uint8Array(gzipped ?? gzipSync(body)), status as ContentfulStatusCode, {
      ...headers,
      ...vary,
      'content-encoding': 'gzip',
    });
  }
  return c.body(new Uint8Array(body), status as ContentfulStatusCode, { ...headers, ...vary });
}

/** For pages that show no enum value (not found, unavailable): no need to ask the graph for words. */
const CODES: Labels = { of: (_enumName, value) => value };

/** The Cache-Control of a page: what the graph allowed for its data, never longer. */
function pageCacheControl(outcome: PageOutcome): string {
  if (outcome.partial) return 'no-store';
  return outcome.cacheControl ?? 'no-store';
}

/** The site's languages in the reader's order of preference (Accept-Language), its main one first otherwise. */
function negotiate(site: SiteConfig, header: string | undefined): Locale {
  const wanted = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const quality = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      return { tag: tag.toLowerCase().split('-')[0], q: quality ? Number(quality.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return (
    (wanted.map((entry) => entry.tag).find((tag) => (site.locales as readonly string[]).includes(tag)) as Locale | undefined) ??
    site.locales[0]
  );
}

/**
 * One region site as a Hono app: every page is HTML rendered on the server from one persisted
 * GraphQL operation, usable with JavaScript off; the language is the first path segment.
 */
export function createSiteApp(options: SiteAppOptions): Hono {
  const { site, graph } = options;
  const log = options.log ?? (() => undefined);
  const assets = loadAssets();
  const labels = new LabelCache(graph);
  const app = new Hono();

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  // Ready as soon as it listens: with the graph down it still answers, with a "temporarily unavailable" page.
  app.get('/readyz', (c) => ((options.isReady?.() ?? true) ? c.json({ status: 'ready' }) : c.json({ status: 'stopping' }, 503)));

  const immutable = 'public, max-age=31536000, immutable';
  app.get('/assets/site.css', (c) =>
    send(
      c,
      assets.stylesheet.body,
      200,
      { 'content-type': assets.stylesheet.contentType, 'cache-control': immutable, ...SECURITY_HEADERS },
      assets.stylesheet.gzip,
    ),
  );
  const icon = (c: Context) =>
    send(c, assets.icon.body, 200, {
      'content-type': assets.icon.contentType,
      'cache-control': 'public, max-age=86400',
      ...SECURITY_HEADERS,
    });
  app.get('/assets/favicon.svg', icon);
  app.get('/favicon.ico', icon);
  app.get('/assets/fonts/:file', (c) => {
    const font = assets.font(c.req.param('file'));
    if (!font) return c.text('Not found', 404);
    return c.body(new Uint8Array(font.body), 200, {
      'content-type': font.contentType,
      'cache-control': immutable,
      'x-content-type-options': 'nosniff',
    });
  });

  app.get('/', (c) => {
    const locale = negotiate(site, c.req.header('accept-language'));
    return c.redirect(`/${locale}/`, 302);
  });

  const render = (c: Context, ctx: PageContext, outcome: PageOutcome, cacheControl = pageCacheControl(outcome)): Response => {
    const page = (
      <Layout ctx={ctx} title={outcome.title} path={outcome.path} stylesheet={assets.stylesheetUrl} partial={outcome.partial}>
        {outcome.body}
      </Layout>
    );
    return send(c, Buffer.from(`<!doctype html>${String(page)}`), outcome.status, {
      'content-type': 'text/html; charset=UTF-8',
      'content-language': ctx.info.lang,
      'cache-control': cacheControl,
      ...SECURITY_HEADERS,
    });
  };

  const unavailable = (c: Context, ctx: PageContext, path: string): Response =>
    render(
      c,
      ctx,
      {
        status: 200,
        title: ctx.t.unavailableTitle,
        path,
        cacheControl: 'no-store',
        partial: false,
        body: (
          <section>
            <h1>{ctx.t.unavailableTitle}</h1>
            <p>{ctx.t.unavailableText}</p>
          </section>
        ),
      },
      'no-store',
    );

  /** Runs one page for the language in the path; a page the site does not have is a 404 in that language. */
  const page = (run: (c: Context, ctx: PageContext) => Promise<PageOutcome | null>) => async (c: Context) => {
    const locale = c.req.param('locale') ?? '';
    if (!isLocale(locale) || !site.locales.includes(locale)) return c.notFound();
    let ctx = pageContext(site, locale, CODES);
    try {
      ctx = pageContext(site, locale, await labels.get(locale));
      const outcome = await run(c, ctx);
      return render(c, ctx, outcome ?? notFound(ctx, new URL(c.req.url).pathname.slice(locale.length + 1)));
    } catch (error) {
      if (error instanceof GraphRequestError) {
        // The reader's own input the graph refused (a forged cursor): there is no such page.
        if (error.isBadInput) return render(c, ctx, notFound(ctx, '/'));
        log('error', 'graph unavailable for a page', {
          site: site.id,
          path: new URL(c.req.url).pathname,
          status: error.status,
          error: error.message,
        });
        const response = unavailable(c, ctx, new URL(c.req.url).pathname.slice(locale.length + 1));
        return new Response(response.body, { status: 503, headers: response.headers });
      }
      throw error;
    }
  };

  app.get(
    '/:locale',
    page(async (_c, ctx) => homePage(ctx, graph, {})),
  );
  app.get(
    '/:locale/',
    page(async (_c, ctx) => homePage(ctx, graph, {})),
  );
  app.get(
    '/:locale/working-groups',
    page(async (c, ctx) => {
      const theme = c.req.query('theme') ?? '';
      const after = c.req.query('after') ?? '';
      if (after.length > MAX_CURSOR) return null;
      return workingGroupsPage(ctx, graph, {
        theme: (THEMES as readonly string[]).includes(theme) ? (theme as Theme) : null,
        after: after || null,
      });
    }),
  );
  app.get(
    '/:locale/working-groups/:slug',
    page(async (c, ctx) => {
      const slug = c.req.param('slug') ?? '';
      return SLUG.test(slug) ? workingGroupPage(ctx, graph, { slug }) : null;
    }),
  );
  app.get(
    '/:locale/campaigns/:slug',
    page(async (c, ctx) => {
      const slug = c.req.param('slug') ?? '';
      return SLUG.test(slug) ? campaignPage(ctx, graph, { slug }) : null;
    }),
  );
  app.get(
    '/:locale/forum-seasons/:id',
    page(async (c, ctx) => {
      const id = c.req.param('id') ?? '';
      return UUID.test(id) ? forumSeasonPage(ctx, graph, { id }) : null;
    }),
  );
  app.get(
    '/:locale/governorates/:code',
    page(async (c, ctx) => {
      const code = c.req.param('code') ?? '';
      return GOVERNORATE_CODE.test(code) ? governoratePage(ctx, graph, { code }) : null;
    }),
  );
  app.get(
    '/:locale/search',
    page(async (c, ctx) => searchPage(ctx, graph, { query: (c.req.query('q') ?? '').trim().slice(0, MAX_QUERY) })),
  );

  app.notFound((c) => {
    const first = new URL(c.req.url).pathname.split('/')[1] ?? '';
    const locale = isLocale(first) && site.locales.includes(first) ? first : site.locales[0];
    const ctx = pageContext(site, locale, CODES);
    return render(c, ctx, notFound(ctx, '/'));
  });
  app.onError((error, c) => {
    log('error', 'page failed', {
      site: site.id,
      path: new URL(c.req.url).pathname,
      error: error instanceof Error ? error.message : String(error),
    });
    const ctx = pageContext(site, site.locales[0], CODES);
    const response = unavailable(c, ctx, '/');
    return new Response(response.body, { status: 500, headers: response.headers });
  });
  return app;
}
