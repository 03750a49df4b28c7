import type { Child } from 'hono/jsx';
import { LOCALES } from '../i18n/locales';
import type { PageContext } from '../page-context';

export interface LayoutProps {
  ctx: PageContext;
  /** The page's own title (the site's name follows it). */
  title: string;
  /** The path of this page without the language, for the language switcher (`/working-groups`). */
  path: string;
  /** Styles and fonts, with their content hash in the URL (cached for a year). */
  stylesheet: string;
  /** Some of the page's data could not be fetched (a subgraph was down). */
  partial?: boolean;
  children: Child;
}

/** The frame of every page: language and direction, navigation, search, language switcher. */
export function Layout(props: LayoutProps) {
  const { ctx } = props;
  const siteName = ctx.site.name[ctx.locale] ?? '';
  return (
    <html lang={ctx.info.lang} dir={ctx.info.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} — ${siteName}`}</title>
        <link rel="stylesheet" href={props.stylesheet} />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        {ctx.site.locales.map((locale) => (
          <link rel="alternate" hreflang={locale} href={ctx.href(props.path, locale)} />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          {ctx.t.skipToContent}
        </a>
        <header class="site-header">
          <a class="site-name" href={ctx.href('/')}>
            {siteName}
          </a>
          <nav aria-label={ctx.t.mainNavigation}>
            <ul>
              <li>
                <a href={ctx.href('/')}>{ctx.t.home}</a>
              </li>
              <li>
                <a href={ctx.href('/working-groups')}>{ctx.t.workingGroups}</a>
              </li>
              <li>
                <a href={ctx.href('/search')}>{ctx.t.search}</a>
              </li>
            </ul>
          </nav>
          <nav class="languages" aria-label={ctx.t.languages}>
            <ul>
              {ctx.site.locales.map((locale) => {
                const info = LOCALES[locale];
                return (
                  <li>
                    {locale === ctx.locale ? (
                      <span lang={info.lang} dir={info.dir} aria-current="page">
                        {info.nativeName}
                      </span>
                    ) : (
                      <a href={ctx.href(props.path, locale)} lang={info.lang} dir={info.dir} hreflang={info.lang}>
                        {info.nativeName}
                      </a>
                    )}
                  </li>
                );
              })}
            </ul>
          </nav>
        </header>
        <main id="main">
          {props.partial ? (
            <p class="notice" role="status">
              {ctx.t.partialData}
            </p>
          ) : null}
          {props.children}
        </main>
        <footer class="site-footer">
          <p>{ctx.t.footer}</p>
        </footer>
      </body>
    </html>
  );
}
