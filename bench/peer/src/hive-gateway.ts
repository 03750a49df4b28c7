import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { authConfigFromEnv, createTokenVerifier } from '@icssi/gateway';
import {
  CONTEXT_HEADER,
  type CallerContext,
  type Viewer,
  contextSecret,
  localeFromAcceptLanguage,
  requestPath,
  signRequest,
} from '@icssi/platform';

/**
 * The benchmark's peer: Hive Gateway serving the same supergraph over the same subgraphs.
 * `node hive-gateway.js <port> <js|rust> <supergraph file>`; subgraph addresses from
 * `<SUBGRAPH>_URL`. It does what the subgraphs need and no more: verifies the caller's token once
 * per request and signs the viewer, language and request id for each subgraph fetch. In-flight
 * request deduplication is off (inbound and towards the subgraphs), so it does the same work as ours.
 */
const [portArgument, planner, supergraphFile] = process.argv.slice(2);
const port = Number(portArgument);
if (!port || (planner !== 'js' && planner !== 'rust') || !supergraphFile) {
  process.stderr.write('usage: hive-gateway.js <port> <js|rust> <supergraph file>\n');
  process.exit(2);
}

// The supergraph names local default ports; point each subgraph at the configured address.
const subgraphUrl = (name: string) => process.env[`${name.toUpperCase().replace(/-/g, '_')}_URL`];
// host:port → subgraph name: the audience a signed context names.
const audiences = new Map<string, string>();
const supergraph = readFileSync(supergraphFile, 'utf8').replace(
  /@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g,
  (whole, name: string, url: string) => {
    const address = subgraphUrl(name) ?? url;
    audiences.set(new URL(address).host, name);
    return `@join__graph(name: "${name}", url: "${address}")`;
  },
);
// Carries the caller from propagateHeaders to the fetch hook, which signs for the body sent.
const UNSIGNED = 'x-icssi-unsigned-context';

const secret = contextSecret();
const verifyToken = createTokenVerifier(authConfigFromEnv());
// One verification per client request, however many subgraph fetches it makes.
const viewers = new WeakMap<Request, Promise<Viewer>>();
let requests = 0;

const runtime = createGatewayRuntime({
  supergraph,
  ...(planner === 'rust' ? { unifiedGraphHandler } : {}),
  logging: process.env.PEER_LOG_LEVEL ? (process.env.PEER_LOG_LEVEL as 'debug') : false,
  maskedErrors: !process.env.PEER_LOG_LEVEL,
  graphiql: false,
  landingPage: false,
  inboundInflightRequestDeduplication: false,
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
  propagateHeaders: {
    fromClientToSubgraphs: async ({ request }) => {
      let viewer = viewers.get(request);
      if (!viewer) {
        viewer = verifyToken(request.headers.get('authorization') ?? undefined);
        viewers.set(request, viewer);
      }
      const requestId = request.headers.get('x-request-id') ?? `hive-${(requests += 1)}`;
      const caller: CallerContext = {
        viewer: await viewer,
        locale: localeFromAcceptLanguage(request.headers.get('accept-language') ?? undefined),
        requestId,
      };
      return { [UNSIGNED]: JSON.stringify(caller), 'x-request-id': requestId };
    },
  },
  // A signed context is good for one subgraph, one body, one use: signed here, where both are known.
  plugins: () => [
    {
      onFetch({ url, options, setOptions }) {
        const headers = new Headers(options.headers as HeadersInit | undefined);
        const unsigned = headers.get(UNSIGNED);
        if (!unsigned) return;
        headers.delete(UNSIGNED);
        const body = typeof options.body === 'string' ? options.body : '';
        const audience = audiences.get(new URL(url).host) ?? '';
        headers.set(
          CONTEXT_HEADER,
          signRequest(
            JSON.parse(unsigned) as CallerContext,
            { audience, method: options.method ?? 'POST', path: requestPath(url), body },
            secret,
          ),
        );
        setOptions({ ...options, headers: Object.fromEntries(headers.entries()) });
      },
    },
  ],
});

createServer(runtime).listen(port, '127.0.0.1', () =>
  process.stdout.write(`hive gateway (${planner} planner) on http://127.0.0.1:${port}/graphql\n`),
);
process.on('SIGTERM', () => process.exit(0));
