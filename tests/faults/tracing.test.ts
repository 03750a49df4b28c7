import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { campaignsService } from '@icssi/campaigns';
import { dropDatabase } from '@icssi/platform';
import { type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { postGraphql, testDatabaseUrl } from '@icssi/test-kit/test-subgraph';
import { type ServiceProcess, freePort, startServiceProcess, stopProcess, subgraphEnv } from './kit/processes';

/**
 * With an OTLP endpoint configured, the gateway and a subgraph (real processes) export one trace
 * per request: the gateway's spans, the subgraph's server span and its SQL statements. The
 * endpoint is a small OTLP/HTTP (JSON) receiver in this test.
 */
type Span = {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Array<{ key: string; value: Record<string, unknown> }>;
};
const received: Array<{ service: string; span: Span }> = [];
let receiver: http.Server;
let stack: TestStack;
const processes: ServiceProcess[] = [];
let databaseUrl: string;

beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const payload = JSON.parse(body) as {
        resourceSpans: Array<{ resource: { attributes: Span['attributes'] }; scopeSpans: Array<{ spans: Span[] }> }>;
      };
      for (const resourceSpans of payload.resourceSpans) {
        const service = String(resourceSpans.resource.attributes.find((attribute) => attribute.key === 'service.name')?.value.stringValue);
        for (const scope of resourceSpans.scopeSpans) for (const span of scope.spans) received.push({ service, span });
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  stack = await startTestStack();
}, 120_000);

afterAll(async () => {
  await Promise.all(processes.map((service) => stopProcess(service)));
  await stack?.dispose();
  if (databaseUrl) await dropDatabase(databaseUrl);
  receiver?.close();
});

const attribute = (span: Span, key: string) => span.attributes.find((entry) => entry.key === key)?.value.stringValue;

describe('OpenTelemetry tracing', () => {
  it('exports one trace from the gateway through the subgraph down to SQL when an OTLP endpoint is set', async () => {
    const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}` };
    databaseUrl = testDatabaseUrl(campaignsService.name);
    const campaigns = await startServiceProcess('campaigns', {
      port: await freePort(),
      env: {
        ...subgraphEnv('campaigns', databaseUrl, {
          organisations: stack.subgraphs.organisations.url,
          'forum-seasons': stack.subgraphs['forum-seasons'].url,
        }),
        ...otel,
      },
    });
    processes.push(campaigns);
    const gateway = await startServiceProcess('gateway', {
      port: await freePort(),
      env: {
        ...otel,
        ORGANISATIONS_URL: stack.subgraphs.organisations.url,
        CAMPAIGNS_URL: campaigns.url,
        FORUM_SEASONS_URL: stack.subgraphs['forum-seasons'].url,
        COHESION_COUNCILS_URL: stack.subgraphs['cohesion-councils'].url,
      },
    });
    processes.push(gateway);
    for (let i = 0; i < 3; i += 1) {
      const { body } = await postGraphql(gateway.url, `query CampaignSlugs { campaigns(first: 3) { nodes { slug } } }`);
      expect(body.errors).toBeUndefined();
    }
    // Buffered spans are sent on shutdown.
    expect((await stopProcess(gateway, 'SIGTERM')).code).toBe(0);
    expect((await stopProcess(campaigns, 'SIGTERM')).code).toBe(0);

    const gatewayServer = received.filter(
      ({ service, span }) => service === 'gateway' && span.kind === 2 && attribute(span, 'http.target') === '/graphql',
    );
    expect(gatewayServer.length).toBeGreaterThanOrEqual(3);
    const traceId = gatewayServer[0].span.traceId;
    const inTrace = received.filter(({ span }) => span.traceId === traceId);
    // The gateway's fetch to the subgraph, the subgraph's server span and its SQL, in one trace.
    const gatewayClients = inTrace.filter(({ service, span }) => service === 'gateway' && span.kind === 3).map(({ span }) => span.spanId);
    const subgraphServer = inTrace.find(({ service, span }) => service === 'campaigns' && span.kind === 2);
    expect(gatewayClients).toContain(subgraphServer?.span.parentSpanId);
    // Apollo Gateway's own spans join the trace too.
    expect(inTrace.some(({ service, span }) => service === 'gateway' && span.name === 'gateway.plan')).toBe(true);
    const sql = inTrace.filter(({ service, span }) => service === 'campaigns' && attribute(span, 'db.system') === 'postgresql');
    expect(sql.length).toBeGreaterThan(0);
    // Statements, never their values.
    for (const { span } of sql) expect(span.attributes.some((entry) => entry.key === 'db.postgresql.values')).toBe(false);
  });
});
