/**
 * A small circuit breaker per subgraph. After `failureThreshold` failures in a row it opens: calls
 * fail at once, without a network round trip, so a dead subgraph costs nothing while it is down.
 * After `cooldownMs` one trial call goes through (half-open); its success closes the breaker, its
 * failure opens it for another cooldown. The cooldown is short so a restarted subgraph is used
 * again within about a second.
 */
export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  failureThreshold: number;
  cooldownMs: number;
  /** Called when the state changes (logs, metrics). */
  onStateChange?: (state: CircuitState) => void;
  now?: () => number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;
  private current: CircuitState = 'closed';

  constructor(private readonly options: CircuitBreakerOptions) {}

  get state(): CircuitState {
    return this.current;
  }

  /** Whether a call may go out now. In half-open state only one trial call at a time. */
  tryAcquire(): boolean {
    if (this.current === 'closed') return true;
    const now = this.options.now?.() ?? Date.now();
    if (this.current === 'open' && now - this.openedAt >= this.options.cooldownMs) this.transition('half-open');
    if (this.current === 'half-open' && !this.trialInFlight) {
      this.trialInFlight = true;
      return true;
    }
    return false;
  }

  success(): void {
    this.failures = 0;
    this.trialInFlight = false;
    if (this.current !== 'closed') this.transition('closed');
  }

  failure(): void {
    this.failures += 1;
    const wasTrial = this.current === 'half-open';
    this.trialInFlight = false;
    if (wasTrial || (this.current === 'closed' && this.failures >= this.options.failureThreshold)) {
      this.openedAt = this.options.now?.() ?? Date.now();
      this.transition('open');
    }
  }

  private transition(state: CircuitState): void {
    this.current = state;
    this.options.onStateChange?.(state);
  }
}
