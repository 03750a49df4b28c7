/**
 * OpenTelemetry traces, off by default. With OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) set, each process exports spans over OTLP/HTTP: incoming and
 * outgoing HTTP (so the gateway's fetch and the subgraph's request share one trace through the
 * `traceparent` header), Apollo Gateway's own spans (plan, fetch) and every SQL statement. Without
 * an endpoint nothing of the SDK is even loaded. The SDK hooks modules as they are loaded: start it
 * before anything else (each process entry point imports ./register first).
 */
let shutdown: (() => Promise<void>) | null = null;

function tracesEndpoint(): string | undefined {
  const traces = process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (traces) return traces;
  const base = process.env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  return base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined;
}

/* eslint-disable @typescript-eslint/no-require-imports -- OpenTelemetry is loaded only when tracing is configured */
export function startTracing(serviceName: string): boolean {
  const url = tracesEndpoint();
  if (!url || shutdown) return false;
  const { NodeTracerProvider } = require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node');
  const { BatchSpanProcessor } = require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { Resource } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { registerInstrumentations } = require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { UndiciInstrumentation } =
    require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': process.env.OTEL_SERVICE_NAME ?? serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url }))],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // Health checks and metrics scrapes are not worth a trace each.
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => /^\/(healthz|readyz|metrics)\b/.test(request.url ?? '') }),
      new UndiciInstrumentation(),
      // Statement text without parameter values (they may be personal data).
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  shutdown = () => provider.shutdown();
  return true;
}
/* eslint-enable @typescript-eslint/no-require-imports -- end of the lazily loaded OpenTelemetry block */

/** Sends the spans still buffered (called on shutdown, before the process exits). */
export async function flushTracing(): Promise<void> {
  await shutdown?.().catch(() => undefined);
}
