import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A GraphiQL tab: the query text, its variables and the request headers (JSON). */
export interface IdeTab {
  query: string;
  variables?: string;
  headers: string;
}

const TOKEN_HINT = '# Signed-in views: add "authorization": "Bearer <token>" under Headers (npm run token -- --role BRIDGE).\n';

/** Which language each reader group reads in; the examples' own comments say the same. */
const EXAMPLE_LANGUAGES: Array<[file: string, language: string]> = [
  ['frontend-working-groups-page.graphql', 'ckb'],
  ['bridge-regions-side-by-side.graphql', 'en'],
  ['analyst-search-and-explore.graphql', 'ar'],
];

/** The example operations for each reader group (examples/), as the IDE's opening tabs. */
export function loadIdeTabs(examplesDir: string): IdeTab[] {
  return EXAMPLE_LANGUAGES.filter(([file]) => existsSync(path.join(examplesDir, file))).map(([file, language]) => ({
    query: TOKEN_HINT + readFileSync(path.join(examplesDir, file), 'utf8'),
    headers: JSON.stringify({ 'accept-language': language }, null, 2),
  }));
}
