import { type IdeTab } from './ide-examples';

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

/**
 * Starts GraphiQL against this endpoint: the example tabs, the header editor open, schema docs.
 * GraphiQL writes its query history and favourites with each run's request headers to
 * localStorage even when `shouldPersistHeaders` is false; the storage handed to it here drops every
 * `headers` value (and the header editor's own key) before anything is written, so a token typed
 * into the Headers editor is never kept by the browser. Queries, variables and tabs are kept.
 */
export function ideScript(graphqlPath: string, tabs: IdeTab[]): string {
  return `"use strict";
(function () {
  var tabs = ${JSON.stringify(tabs)};
  function withoutHeaders(value) {
    if (Array.isArray(value)) return value.map(withoutHeaders);
    if (value === null || typeof value !== 'object') return value;
    var copy = {};
    Object.keys(value).forEach(function (key) {
      if (key !== 'headers') copy[key] = withoutHeaders(value[key]);
    });
    return copy;
  }
  var storage = {
    getItem: function (key) { return window.localStorage.getItem(key); },
    setItem: function (key, value) {
      if (/:headers$/.test(key)) return;
      var clean = value;
      try { clean = JSON.stringify(withoutHeaders(JSON.parse(value))); } catch (notJson) { clean = value; }
      window.localStorage.setItem(key, clean);
    },
    removeItem: function (key) { window.localStorage.removeItem(key); },
    clear: function () {
      Object.keys(window.localStorage).forEach(function (key) {
        if (key.indexOf('graphiql:') === 0) window.localStorage.removeItem(key);
      });
    },
    get length() {
      return Object.keys(window.localStorage).filter(function (key) { return key.indexOf('graphiql:') === 0; }).length;
    },
  };
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
      // Tokens stay in the tab: not in the tab state, and (through this storage) not in the history.
      shouldPersistHeaders: false,
      storage: storage,
    }),
  );
})();
`;
}
