import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ASSETS_DIR } from './paths';

/** A file the site serves from itself, with a content hash for its URL. */
export interface Asset {
  body: Buffer;
  contentType: string;
  hash: string;
  /** The body gzipped once, for readers that accept it (fonts are compressed already). */
  gzip?: Buffer;
}

function asset(file: string, contentType: string): Asset {
  const body = readFileSync(file);
  return { body, contentType, hash: createHash('sha256').update(body).digest('hex').slice(0, 12) };
}

/** The fonts come from the @fontsource packages (npm): Arabic script for ar and ckb, Latin for kmr and en. */
const FONT_FILES: Record<string, string> = Object.fromEntries(
  [
    ['@fontsource/noto-sans-arabic', ['noto-sans-arabic-arabic-400-normal.woff2', 'noto-sans-arabic-arabic-700-normal.woff2']],
    [
      '@fontsource/noto-sans',
      [
        'noto-sans-latin-400-normal.woff2',
        'noto-sans-latin-700-normal.woff2',
        'noto-sans-latin-ext-400-normal.woff2',
        'noto-sans-latin-ext-700-normal.woff2',
      ],
    ],
  ].flatMap(([pkg, files]) =>
    (files as string[]).map((file) => [file, path.join(path.dirname(require.resolve(`${pkg as string}/package.json`)), 'files', file)]),
  ),
);

export interface SiteAssets {
  stylesheet: Asset;
  /** The site's icon (browsers ask for one; without it every page would log a failed request). */
  icon: Asset;
  /** The stylesheet's URL, changing with its content (so it can be cached for a year). */
  stylesheetUrl: string;
  font(name: string): Asset | undefined;
}

/** Read once at start: the stylesheet and the fonts it names. */
export function loadAssets(): SiteAssets {
  const css = asset(path.join(ASSETS_DIR, 'site.css'), 'text/css; charset=utf-8');
  const stylesheet = { ...css, gzip: gzipSync(css.body, { level: 9 }) };
  const fonts = new Map(Object.entries(FONT_FILES).map(([name, file]) => [name, asset(file, 'font/woff2')]));
  const icon = asset(path.join(ASSETS_DIR, 'favicon.svg'), 'image/svg+xml');
  return { stylesheet, icon, stylesheetUrl: `/assets/site.css?v=${stylesheet.hash}`, font: (name) => fonts.get(name) };
}
