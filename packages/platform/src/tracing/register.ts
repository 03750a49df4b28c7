import path from 'node:path';
import { startTracing } from './tracing';

/**
 * Imported first by every process entry point, before any module the tracing SDK instruments.
 * The service name is the folder of the entry script (services/<name>/dist/index.js, gateway/…).
 */
const script = process.argv[1] ?? '';
const parts = script.split(path.sep);
const service = parts.includes('services') ? parts[parts.indexOf('services') + 1] : parts.includes('gateway') ? 'gateway' : 'icssi-graph';
startTracing(service);
