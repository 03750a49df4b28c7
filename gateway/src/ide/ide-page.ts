import { IdeTab } from './ide-examples';

/** The IDE's policy: scripts, styles and requests from this origin only; fonts and icons GraphiQL inlines as data: URLs. */
export const IDE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function idePageHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ICSSI Graph · GraphiQL</title>
<link rel="stylesheet" href="/ide/graphiql.min.css">
<link rel="stylesheet" href="/ide/ide.css">
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/ide/react.production.min.js"></script>
<script src="/ide/react-dom.production.min.js"></script>
<script src="/ide/graphiql.min.js"></script>
<script src="/ide/ide.js"></script>
</body>
</html>
`;
}

export const IDE_CSS = 'html, body, #graphiql { height: 100%; margin: 0; }\n';

/** Starts GraphiQL against this endpoint: the example tabs, the header editor open, schema docs. */
export function ideScript(graphqlPath: string, tabs: IdeTab[]): string {
  return `"use strict";
(function () {
  var tabs = ${JSON.stringify(tabs)};
  var fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)} });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs,
      // GraphiQL fills the header editor of the first tab from this prop only.
      headers: tabs.length ? tabs[0].headers : undefined,
      defaultEditorToolsVisibility: 'headers',
      isHeadersEditorEnabled: true,
      // Tokens stay in the tab, never in localStorage.
      shouldPersistHeaders: false,
    }),
  );
})();
`;
}
