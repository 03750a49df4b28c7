import { type FSWatcher, readFileSync, watch } from 'node:fs';
import path from 'node:path';
import { type SupergraphManager } from '@apollo/gateway';
import { type Logger } from '@icssi/platform';

export interface SupergraphFileOptions {
  file: string;
  logger: Logger;
  /** Watch the file for changes (SIGHUP always reloads). */
  watch: boolean;
}

export interface SupergraphFile {
  manager: SupergraphManager;
  /** Reads the file again and applies it; an invalid file is refused and the current one stays. */
  reload(): Promise<boolean>;
}

/**
 * The supergraph from schema/supergraph.graphql, reloaded on SIGHUP or when the file changes.
 * The gateway validates each new file before it switches (Apollo's `update` throws on an invalid
 * supergraph and keeps the old one); requests in flight finish on the plan they started with.
 */
export function supergraphFromFile(options: SupergraphFileOptions): SupergraphFile {
  let update: ((sdl: string) => void) | undefined;
  let current = '';
  const reload = async (): Promise<boolean> => {
    if (!update) return false;
    let sdl: string;
    try {
      sdl = readFileSync(options.file, 'utf8');
    } catch (error) {
      options.logger.error('supergraph reload refused: file not readable', { file: options.file, error: String(error) });
      return false;
    }
    if (sdl === current) return true;
    try {
      update(sdl);
      current = sdl;
      options.logger.info('supergraph reloaded', { file: options.file });
      return true;
    } catch (error) {
      options.logger.error('supergraph reload refused: invalid supergraph, keeping the current one', {
        file: options.file,
        error: error instanceof Error ? error.message.slice(0, 500) : String(error),
      });
      return false;
    }
  };
  const manager: SupergraphManager = {
    initialize: async (hooks) => {
      update = hooks.update;
      current = readFileSync(options.file, 'utf8');
      const onHangup = (): void => void reload();
      process.on('SIGHUP', onHangup);
      let watcher: FSWatcher | undefined;
      let timer: NodeJS.Timeout | undefined;
      if (options.watch) {
        // Watch the folder, not the file: editors and `npm run compose` replace the file by renaming.
        watcher = watch(path.dirname(options.file), (_event, name) => {
          if (name && name.toString() !== path.basename(options.file)) return;
          clearTimeout(timer);
          // Wait for the write to settle before reading.
          timer = setTimeout(() => void reload(), 200);
        });
        watcher.on('error', (error) => options.logger.warn('supergraph watch failed', { error: String(error) }));
      }
      return {
        supergraphSdl: current,
        cleanup: async () => {
          process.off('SIGHUP', onHangup);
          clearTimeout(timer);
          watcher?.close();
        },
      };
    },
  };
  return { manager, reload };
}
