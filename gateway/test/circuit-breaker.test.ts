import { CircuitBreaker, CircuitState } from '../src/resilience/circuit-breaker';

describe('CircuitBreaker', () => {
  let now = 0;
  const states: CircuitState[] = [];
  const breaker = () => new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1000, now: () => now, onStateChange: (state) => states.push(state) });

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
