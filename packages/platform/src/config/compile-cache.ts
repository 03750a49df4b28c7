/**
 * A V8 code cache for CommonJS modules, loaded with `node --require` before anything else by
 * `npm start` (stack/src/start.ts), so that a second start of a process does not compile its
 * modules again. Node.js 22 has this built in (`module.enableCompileCache()`); Node.js 20, which
 * this project runs on, does not. Compiling was 10–30 % of each process's start-up CPU, and on two
 * cores five processes start at once (bench/README.md, S6).
 *
 * It only replaces the compile step of `Module.prototype._compile` for `.js`/`.cjs` files: the
 * wrapper is compiled by `vm.Script` with the cached data when it matches the file's content (a
 * SHA-1 of it), and run exactly as Node.js runs it. Each entry script keeps one cache file in
 * `ICSSI_COMPILE_CACHE_DIR`, written (atomically) a few seconds after start, or at exit, when some
 * module had to be compiled, so it also holds the functions compiled while the process started. A cache that V8 rejects (another
 * Node.js version or flags) is ignored and replaced. `ICSSI_COMPILE_CACHE_STATS=1` prints, at exit,
 * how many modules came from the cache. Imports only Node.js built-ins on purpose.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

interface CachedModule {
  hash: string;
  data: Buffer;
}

const DYNAMIC_IMPORT = /\bimport\s*\(/;

/** Written a few seconds after start, when start-up has compiled most of what requests will use. */
const SAVE_AFTER_MS = 8000;

type CompiledWrapper = (...args: unknown[]) => unknown;
interface InternalModule extends Module {
  _compile(content: string, filename: string, ...rest: unknown[]): unknown;
}
interface ModuleStatics {
  prototype: InternalModule;
  wrap(script: string): string;
  _resolveFilename(request: string, parent: Module, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: Module): string[] | null;
  _extensions: unknown;
  _cache: unknown;
}

function enableCompileCache(directory: string): void {
  const statics = Module as unknown as ModuleStatics;
  const entry = process.argv[1] ?? 'unknown';
  const cacheFile = path.join(
    directory,
    `${createHash('sha1')
      .update(`${process.version}\0${process.execArgv.join(' ')}\0${entry}`)
      .digest('hex')}.bin`,
  );
  const previous = readCache(cacheFile);
  const scripts = new Map<string, { hash: string; script: vm.Script }>();
  const counts = { cached: 0, compiled: 0 };
  const originalCompile = statics.prototype._compile;

  statics.prototype._compile = function compileWithCache(
    this: InternalModule,
    content: string,
    filename: string,
    ...rest: unknown[]
  ): unknown {
    // Node.js's own way for other files, and for scripts with a dynamic import(): a script compiled
    // here would need vm's experimental dynamic-import loader, which does not survive cached data.
    if (!/\.c?js$/.test(filename) || DYNAMIC_IMPORT.test(content)) return originalCompile.call(this, content, filename, ...rest);
    const hash = createHash('sha1').update(content).digest('base64');
    const cached = previous.get(filename);
    let script: vm.Script;
    try {
      script = new vm.Script(statics.wrap(content), {
        filename,
        cachedData: cached?.hash === hash ? cached.data : undefined,
      });
    } catch {
      // Not a CommonJS script (Node.js may load it as an ES module, or report the error): its way.
      return originalCompile.call(this, content, filename, ...rest);
    }
    scripts.set(filename, { hash, script });
    if (cached?.hash === hash && !script.cachedDataRejected) counts.cached += 1;
    else counts.compiled += 1;
    const wrapper = script.runInThisContext({ displayErrors: true }) as CompiledWrapper;
    // The require function Node.js gives a module (lib/internal/modules/helpers.js, makeRequireFunction).
    const require = ((id: string) => this.require(id)) as NodeJS.Require;
    const resolve = ((request: string, options?: unknown) =>
      statics._resolveFilename(request, this, false, options)) as NodeJS.RequireResolve;
    resolve.paths = (request: string) => statics._resolveLookupPaths(request, this);
    require.resolve = resolve;
    require.main = process.mainModule;
    require.extensions = statics._extensions as NodeJS.Require['extensions'];
    require.cache = statics._cache as NodeJS.Require['cache'];
    return wrapper.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };

  let saved = false;
  const save = () => {
    // Everything came from a valid cache: the file already holds it, so it is not written again
    // (five processes rewrote about 25 MB at every start).
    if (counts.compiled === 0) return;
    try {
      const entries: Array<[string, CachedModule]> = [];
      for (const [filename, { hash, script }] of scripts) entries.push([filename, { hash, data: script.createCachedData() }]);
      writeCache(cacheFile, entries);
      saved = true;
    } catch {
      // A cache that cannot be written costs the next start its compile time, nothing else.
    }
  };
  setTimeout(save, SAVE_AFTER_MS).unref();
  process.once('exit', () => {
    if (!saved) save();
    if (process.env.ICSSI_COMPILE_CACHE_STATS === '1')
      process.stderr.write(`compile cache: ${counts.cached} from the cache, ${counts.compiled} compiled\n`);
  });
}

/** Layout: a JSON index (length-prefixed) of file → [hash, offset, length], then the data. */
function readCache(file: string): Map<string, CachedModule> {
  const modules = new Map<string, CachedModule>();
  try {
    const blob = readFileSync(file);
    const indexLength = blob.readUInt32LE(0);
    const index = JSON.parse(blob.toString('utf8', 4, 4 + indexLength)) as Record<string, [string, number, number]>;
    const base = 4 + indexLength;
    for (const [filename, [hash, offset, length]] of Object.entries(index))
      modules.set(filename, { hash, data: blob.subarray(base + offset, base + offset + length) });
  } catch {
    // No cache yet, or an unreadable one: compile as usual.
  }
  return modules;
}

function writeCache(file: string, entries: Array<[string, CachedModule]>): void {
  const index: Record<string, [string, number, number]> = {};
  let offset = 0;
  for (const [filename, { hash, data }] of entries) {
    index[filename] = [hash, offset, data.length];
    offset += data.length;
  }
  const indexBytes = Buffer.from(JSON.stringify(index));
  const header = Buffer.alloc(4);
  header.writeUInt32LE(indexBytes.length, 0);
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([header, indexBytes, ...entries.map(([, { data }]) => data)]));
  renameSync(temporary, file);
}

const directory = process.env.ICSSI_COMPILE_CACHE_DIR;
if (directory) enableCompileCache(directory);
