import { CircuitBreaker, type CircuitState } from '../src/resilience/circuit-breaker';
import { CircuitOpenError, guardSubgraphFetch } from '../src/resilience/guarded-fetch';

describe('CircuitBreaker', () => {
  let now = 0;
  const states: CircuitState[] = [];
  const breaker = () =>
    new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1000, now: () => now, onStateChange: (state) => states.push(state) });

  beforeEach(() => {
    now = 0;
    states.length = 0;
  });

  it('opens after the threshold of failures in a row, and a success in between resets the count', () => {
    const circuit = breaker();
    circuit.failure();
    circuit.failure();
    circuit.success();
    circuit.failure();
    circuit.failure();
    expect(circuit.state).toBe('closed');
    expect(circuit.tryAcquire()).toBe(true);
    circuit.failure();
    expect(circuit.state).toBe('open');
    expect(circuit.tryAcquire()).toBe(false);
  });

  it('lets one trial call through after the cooldown; its success closes the circuit', () => {
    const circuit = breaker();
    for (let i = 0; i < 3; i += 1) circuit.failure();
    now = 999;
    expect(circuit.tryAcquire()).toBe(false);
    now = 1000;
    expect(circuit.tryAcquire()).toBe(true);
    expect(circuit.state).toBe('half-open');
    // Only one trial at a time.
    expect(circuit.tryAcquire()).toBe(false);
    circuit.success();
    expect(circuit.state).toBe('closed');
    expect(circuit.tryAcquire()).toBe(true);
    expect(states).toEqual(['open', 'half-open', 'closed']);
  });

  it('reopens for another cooldown when the trial call fails', () => {
    const circuit = breaker();
    for (let i = 0; i < 3; i += 1) circuit.failure();
    now = 1000;
    expect(circuit.tryAcquire()).toBe(true);
    circuit.failure();
    expect(circuit.state).toBe('open');
    now = 1999;
    expect(circuit.tryAcquire()).toBe(false);
    now = 2000;
    expect(circuit.tryAcquire()).toBe(true);
  });
});

describe('guardSubgraphFetch', () => {
  const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, child: () => quiet };

  it('stops calling a dead subgraph once the breaker is open, and counts 5xx answers as failures', async () => {
    let calls = 0;
    const dead = async (): Promise<{ status: number }> => {
      calls += 1;
      throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    };
    const { fetch, breaker } = guardSubgraphFetch(dead, {
      subgraph: 'test-dead',
      breakerFailures: 3,
      breakerCooldownMs: 60_000,
      logger: quiet,
    });
    for (let i = 0; i < 20; i += 1) await expect(fetch('http://x/graphql', {})).rejects.toThrow();
    expect(calls).toBe(3);
    expect(breaker.state).toBe('open');

    let status = 503;
    const failing = guardSubgraphFetch(async () => ({ status }), {
      subgraph: 'test-5xx',
      breakerFailures: 2,
      breakerCooldownMs: 60_000,
      logger: quiet,
    });
    await failing.fetch('http://x/graphql', {});
    status = 200;
    await failing.fetch('http://x/graphql', {});
    status = 500;
    await failing.fetch('http://x/graphql', {});
    expect(failing.breaker.state).toBe('closed');
    await failing.fetch('http://x/graphql', {});
    expect(failing.breaker.state).toBe('open');
    await expect(failing.fetch('http://x/graphql', {})).rejects.toBeInstanceOf(CircuitOpenError);
  });
});
