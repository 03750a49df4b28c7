import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface IdeAsset {
  contentType: string;
  body: Buffer;
}

function packageFile(packageName: string, file: string): Buffer {
  // Resolved through package.json: react's "exports" hide its umd/ folder from require.resolve.
  return readFileSync(path.join(path.dirname(require.resolve(`${packageName}/package.json`)), file));
}

const JS = 'application/javascript; charset=utf-8';

/**
 * GraphiQL and React as the npm packages ship them (prebuilt UMD bundles), served by the gateway
 * itself: the IDE loads nothing from a CDN and works on a network without internet.
 */
export function loadIdeAssets(): Record<string, IdeAsset> {
  return {
    '/ide/react.production.min.js': { contentType: JS, body: packageFile('react', 'umd/react.production.min.js') },
    '/ide/react-dom.production.min.js': { contentType: JS, body: packageFile('react-dom', 'umd/react-dom.production.min.js') },
    '/ide/graphiql.min.js': { contentType: JS, body: packageFile('graphiql', 'graphiql.min.js') },
    '/ide/graphiql.min.css': { contentType: 'text/css; charset=utf-8', body: packageFile('graphiql', 'graphiql.min.css') },
  };
}
