/**
 * Node.js (V8) flags for the gateway and every subgraph process, wherever they run: `npm start`,
 * the Dockerfile, docker-compose.yml and the Kubernetes manifests.
 *
 * `--initial-old-space-size=128` (MB): by default V8 sizes the old generation from the live heap
 * (about 30 MB here) and so runs a full mark-compact every few seconds under load; on a small
 * machine each pause stalls every request in flight for 10–50 ms, which set the p99 of the list
 * page at half load (bench/README.md, "The slowest 1 % at half load"). With 128 MB a full
 * collection came every 20–35 s in campaigns, the busiest, against every 7–8 s (probe), and each
 * process stays inside the 512 Mi container limit. `npm run bench` repeats the flag for its own
 * load generator.
 * It is not allowed in NODE_OPTIONS, so it goes on the command line.
 */
export const SERVICE_NODE_FLAGS: readonly string[] = ['--initial-old-space-size=128'];
