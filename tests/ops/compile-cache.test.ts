import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The V8 code cache `npm start` loads into the gateway and the subgraphs
 * (packages/platform/src/config/compile-cache.ts), with real Node.js processes: modules behave
 * exactly as without it, a second start takes them from the cache, and an edited file or a broken
 * cache file never runs stale code.
 */
const PRELOAD = path.resolve(__dirname, '../../packages/platform/dist/config/compile-cache.js');
let folder: string;
let cacheDir: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'icssi-compile-cache-'));
  cacheDir = path.join(folder, 'cache');
  writeFileSync(
    path.join(folder, 'main.js'),
    `const lib = require('./lib');
     import('./later.mjs').then((later) => {
       process.stdout.write(JSON.stringify({ ...lib.describe(module), later: later.value, isMain: require.main === module }));
     });`,
  );
  writeFileSync(path.join(folder, 'data.json'), '{"answer": 42}');
  writeFileSync(path.join(folder, 'helper.js'), 'module.exports = (value) => `helped ${value}`;');
  writeFileSync(path.join(folder, 'later.mjs'), 'export const value = "an ES module, imported dynamically";');
  writeLib('first');
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writeLib(version: string): void {
  writeFileSync(
    path.join(folder, 'lib.js'),
    `exports.describe = (parent) => ({
       version: ${JSON.stringify(version)},
       dirname: __dirname,
       filename: __filename,
       resolved: require.resolve('./data.json'),
       json: require('./data.json').answer,
       parent: parent.filename,
       exportsIsThis: this === exports,
       helped: require('./helper')(${JSON.stringify(version)}),
     });`,
  );
}

/** Runs main.js, with the cache preloaded or without; the counts come from ICSSI_COMPILE_CACHE_STATS. */
function run(withCache = true): { output: Record<string, unknown>; cached: number; compiled: number } {
  const result = spawnSync(process.execPath, [...(withCache ? ['--require', PRELOAD] : []), path.join(folder, 'main.js')], {
    env: { ...process.env, ICSSI_COMPILE_CACHE_DIR: cacheDir, ICSSI_COMPILE_CACHE_STATS: '1' },
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  const match = /compile cache: (\d+) from the cache, (\d+) compiled/.exec(result.stderr);
  expect(match === null).toBe(!withCache);
  return { output: JSON.parse(result.stdout) as Record<string, unknown>, cached: Number(match?.[1]), compiled: Number(match?.[2]) };
}

describe('the compile cache of npm start', () => {
  it('runs modules exactly as Node.js does without it', () => {
    const plain = run(false).output;
    const cached = run(true).output;
    expect(cached).toEqual(plain);
    expect(cached).toMatchObject({
      version: 'first',
      dirname: folder,
      filename: path.join(folder, 'lib.js'),
      resolved: path.join(folder, 'data.json'),
      json: 42,
      parent: path.join(folder, 'main.js'),
      exportsIsThis: true,
      helped: 'helped first',
      later: 'an ES module, imported dynamically',
      isMain: true,
    });
  });

  // main.js has a dynamic import(), which Node.js compiles its own way (see compile-cache.ts).
  it('takes the modules from the cache on the next start', () => {
    run();
    const again = run();
    expect(again.cached).toBe(2);
    expect(again.compiled).toBe(0);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
  });

  it('compiles an edited file again and runs the new code', () => {
    run();
    writeLib('second');
    const edited = run();
    expect(edited.output).toMatchObject({ version: 'second', helped: 'helped second' });
    expect(edited.compiled).toBe(1);
    expect(edited.cached).toBe(1);
  });

  it('ignores a broken cache file', () => {
    run();
    for (const name of readdirSync(cacheDir))
      writeFileSync(path.join(cacheDir, name), readFileSync(path.join(cacheDir, name)).subarray(0, 100));
    const broken = run();
    expect(broken.output.version).toBe('second');
    expect(broken.cached).toBe(0);
    expect(run().cached).toBe(2);
  });
});
