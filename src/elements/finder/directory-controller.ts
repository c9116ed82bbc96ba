import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { WaymarkConfig } from '../../core/model/config.ts';
import { loadDirectory, type DirectoryLoad, type LoadedDirectory } from '../../core/directory/load.ts';
import { editorReport } from '../../core/directory/collect.ts';
import { buildIndex, type DirectoryIndex } from '../../core/directory/search-index.ts';
import { currentLocale } from '../../i18n/locale.ts';

export type DirectoryState =
  | { ok: true; index: DirectoryIndex; directory: LoadedDirectory }
  | { ok: false; reason: Extract<DirectoryLoad, { ok: false }>['reason']; detail: string };

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly resolvedConfig: WaymarkConfig | undefined;
}

/**
 * Loads the directory named by the config, normalises it and builds the search index, once per
 * source (and again on "Try again"). Problems go to the console for the site editor; the
 * element only learns whether it can show activities.
 */
export class DirectoryController {
  // The Task hooks itself into the host's lifecycle; this adds retry and re-indexing.
  readonly task: Task<readonly unknown[], DirectoryState | undefined>;
  private attempt = 0;

  constructor(private readonly host: Host) {
    this.task = new Task(host, {
      args: () => {
        const d = host.resolvedConfig?.directory;
        return [d?.src, d?.format, d?.perPage, d?.taxonomyMap, this.attempt] as const;
      },
      task: async ([src, format, perPage, taxonomyMap], { signal }) => {
        const config = host.resolvedConfig?.directory;
        if (!src || !config) return undefined;
        const loaded = await loadDirectory({ src: src as string, format: format as typeof config.format, perPage: perPage as number, taxonomyMap: taxonomyMap as typeof config.taxonomyMap }, { signal });
        signal.throwIfAborted();
        if (!loaded.ok) {
          console.error(`[waymark] <${host.localName}> could not load its directory: ${loaded.detail}`);
          return loaded;
        }
        const report = editorReport(loaded.directory, src as string);
        if (report) console.warn(report);
        if (loaded.directory.incomplete) console.warn(`[waymark] Directory ${String(src)} is incomplete: ${loaded.directory.incomplete}`);
        return { ok: true, directory: loaded.directory, index: buildIndex(loaded.directory.activities, currentLocale()) };
      },
    });
  }

  get state(): DirectoryState | undefined {
    return this.task.value;
  }

  /** Loads the directory again ("Try again"). */
  retry(): void {
    this.attempt++;
    this.host.requestUpdate();
  }

  /** Need-area labels are part of the index: rebuild it when the language changes. */
  reindexIfLocaleChanged(): void {
    const state = this.task.value;
    if (state?.ok && state.index.locale !== currentLocale()) {
      state.index = buildIndex(state.directory.activities, currentLocale());
    }
  }
}
