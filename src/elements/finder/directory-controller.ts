import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { WaymarkConfig } from '../../core/model/config.ts';
import type { DirectoryLoad, LoadedDirectory } from '../../core/directory/load.ts';
import type { DirectoryIndex } from '../../core/directory/search-index.ts';
import { currentLocale } from '../../i18n/locale.ts';
import { lazy } from '../../core/lazy.ts';
import { needAreaLabel } from '../../words/need-areas.ts';

/** The finder's code for a loaded directory (loaded.ts): engine and views. */
export type FinderCode = typeof import('./loaded.ts');

export type DirectoryState =
  | { ok: true; index: DirectoryIndex; directory: LoadedDirectory }
  | { ok: false; reason: Extract<DirectoryLoad, { ok: false }>['reason'] | 'not-loaded'; detail: string };

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly resolvedConfig: WaymarkConfig | undefined;
}

const loadFinderCode = lazy(() => import('./loaded.ts'));

/**
 * Loads the directory named by the config, normalises it and builds the search index, once per
 * source (and again on "Try again"). Problems go to the console for the site editor; the
 * element only learns whether it can show activities. The code for all this starts loading as
 * soon as the element is made, so it arrives while the config is checked.
 */
export class DirectoryController {
  // The Task hooks itself into the host's lifecycle; this adds retry and re-indexing.
  readonly task: Task<readonly unknown[], DirectoryState | undefined>;
  private attempt = 0;

  constructor(private readonly host: Host) {
    void loadFinderCode().catch(() => {});
    this.task = new Task(host, {
      args: () => {
        const d = host.resolvedConfig?.directory;
        return [d?.src, d?.format, d?.perPage, d?.taxonomyMap, this.attempt] as const;
      },
      task: async ([src, format, perPage, taxonomyMap], { signal }) => {
        const config = host.resolvedConfig?.directory;
        if (!src || !config) return undefined;
        let code: FinderCode;
        try {
          code = await loadFinderCode();
        } catch (error) {
          console.error(`[waymark] <${host.localName}> could not load its code for showing activities.`, error);
          return { ok: false, reason: 'not-loaded', detail: String(error) };
        }
        const loaded = await code.loadDirectory({ src: src as string, format: format as typeof config.format, perPage: perPage as number, taxonomyMap: taxonomyMap as typeof config.taxonomyMap }, { signal });
        signal.throwIfAborted();
        if (!loaded.ok) {
          console.error(`[waymark] <${host.localName}> could not load its directory: ${loaded.detail}`);
          return loaded;
        }
        const report = code.editorReport(loaded.directory, src as string);
        if (report) console.warn(report);
        if (loaded.directory.incomplete) console.warn(`[waymark] Directory ${String(src)} is incomplete: ${loaded.directory.incomplete}`);
        return { ok: true, directory: loaded.directory, index: code.buildIndex(loaded.directory.activities, currentLocale(), needAreaLabel) };
      },
    });
  }

  get state(): DirectoryState | undefined {
    return this.task.value;
  }

  /** The finder's code for showing activities: always there once `state` is ok (the load waited for it). */
  get code(): FinderCode {
    return loadFinderCode.value!;
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
      state.index = this.code.buildIndex(state.directory.activities, currentLocale(), needAreaLabel);
    }
  }
}
