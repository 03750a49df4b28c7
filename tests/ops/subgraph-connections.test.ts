import { readFileSync } from 'node:fs';
import { type RunningGateway, startGateway } from '@icssi/gateway';
import { createLogger } from '@icssi/platform';
import { SUPERGRAPH_FILE, type TestStack, startTestStack } from '@icssi/test-kit/test-stack';
import { postGraphql } from '@icssi/test-kit/test-subgraph';

/**
 * The gateway reuses keep-alive connections to the subgraphs and never opens more than
 * SUBGRAPH_MAX_SOCKETS per subgraph, however many clients it serves at once.
 */
let stack: TestStack;
let gateway: RunningGateway;
const MAX_SOCKETS = 4;

beforeAll(async () => {
  stack = await startTestStack();
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: Object.fromEntries(Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
    resilience: { maxSockets: MAX_SOCKETS },
    logger: createLogger({ service: 'gateway' }),
  });
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await stack?.dispose();
});

const QUERY = `{ workingGroups { nodes { name campaigns { nodes { slug } } } } }`;

function countConnections(): { opened: () => number; stop: () => void } {
  let opened = 0;
  const server = stack.subgraphs.campaigns.server;
  const onConnection = (): void => void (opened += 1);
  server.on('connection', onConnection);
  return { opened: () => opened, stop: () => server.off('connection', onConnection) };
}

describe('gateway → subgraph connections', () => {
  it('reuses one connection for sequential requests', async () => {
    await postGraphql(gateway.url, QUERY);
    const counter = countConnections();
    for (let i = 0; i < 30; i += 1) expect((await postGraphql(gateway.url, QUERY)).body.errors).toBeUndefined();
    counter.stop();
    expect(counter.opened()).toBe(0);
  });

  it('opens at most SUBGRAPH_MAX_SOCKETS connections under 40 concurrent requests', async () => {
    const counter = countConnections();
    const answers = await Promise.all(Array.from({ length: 40 }, () => postGraphql(gateway.url, QUERY)));
    counter.stop();
    expect(answers.every((answer) => answer.status === 200 && !answer.body.errors)).toBe(true);
    expect(counter.opened()).toBeLessThanOrEqual(MAX_SOCKETS);
  });
});
