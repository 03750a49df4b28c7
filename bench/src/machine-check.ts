import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { KeepAliveClient } from './keep-alive-client';

/**
 * Two readings of the machine itself, taken before a run, so that runs on machines that behave
 * differently can be told apart: what a first touch of fresh memory costs (on a virtual machine
 * whose host backs guest memory lazily, or takes back what the guest freed, 11–18 µs a page were
 * measured here on 6 December), and how fast 100 KB answers cross loopback between two sockets. Both
 * weigh on every process of the graph: heaps that grow, socket buffers, process start.
 */
export interface MachineCheck {
  /** Microseconds per 4 KiB page touched for the first time (256 MiB). */
  freshPageMicros: number;
  /** MB/s of 100 KB HTTP answers over loopback, 10 keep-alive connections, 2 s. */
  loopbackMBps: number;
}

export async function checkMachine(): Promise<MachineCheck> {
  const bytes = 256 * 2 ** 20;
  const started = process.hrtime.bigint();
  const memory = Buffer.allocUnsafeSlow(bytes);
  for (let at = 0; at < bytes; at += 4096) memory[at] = 1;
  const freshPageMicros = Number(process.hrtime.bigint() - started) / 1000 / (bytes / 4096);

  const answer = Buffer.alloc(100_000, 'x');
  const server = http.createServer((_request, response) => response.end(answer));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = new KeepAliveClient(new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`), 10);
  const request = client.prepare('GET', '/', {}, Buffer.alloc(0));
  let answers = 0;
  const until = Date.now() + 2000;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (Date.now() < until) {
        await client.send(request);
        answers += 1;
      }
    }),
  );
  client.close();
  await new Promise((resolve) => server.close(resolve));
  return { freshPageMicros, loopbackMBps: (answers * answer.length) / 2 / 1e6 };
}
