import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { authConfigFromEnv, createTokenVerifier } from '@icssi/gateway';
import { CONTEXT_HEADER, Viewer, contextSecret, localeFromAcceptLanguage, signRequest } from '@icssi/platform';

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
const supergraph = readFileSync(supergraphFile, 'utf8').replace(
  /@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g,
  (whole, name: string, url: string) => `@join__graph(name: "${name}", url: "${subgraphUrl(name) ?? url}")`,
);

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
      const caller = {
        viewer: await viewer,
        locale: localeFromAcceptLanguage(request.headers.get('accept-language') ?? undefined),
        requestId,
      };
      // TODO(issue 15): subgraphs now check the body digest and the audience of the context; this
      // hook sees neither the subgraph nor the body, so the peer must sign in a fetch hook instead.
      return { [CONTEXT_HEADER]: signRequest(caller, { audience: 'organisations', method: 'POST', path: '/graphql', body: '' }, secret), 'x-request-id': requestId };
    },
  },
});

createServer(runtime).listen(port, '127.0.0.1', () => process.stdout.write(`hive gateway (${planner} planner) on http://127.0.0.1:${port}/graphql\n`));
process.on('SIGTERM', () => process.exit(0));
