import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import { loadConfigUrl, parseScriptConfig } from '../core/config/gather.ts';
import { resolveConfig, type AttributeSettings, type ConfigResult } from '../core/config/resolve.ts';
import { emit } from '../events.ts';
import type { Problem } from '../core/model/problems.ts';

export interface ConfigHost extends ReactiveControllerHost, HTMLElement {
  configSrc?: string | null;
  config?: unknown;
  directorySrc?: string | null;
  directoryFormat?: string | null;
  endpoint?: string | null;
  referralFormat?: string | null;
  kiosk: boolean;
}

/**
 * Gathers an element's config from all four places, validates it once at the edge, and
 * re-runs when any of them changes. Problems are logged for the site editor and announced as
 * a `waymark-config-error` event; the element renders them (see `config-problems.ts`).
 */
export class ConfigController {
  readonly task: Task<unknown[], ConfigResult>;

  constructor(private readonly host: ConfigHost) {
    this.task = new Task(host, {
      task: async ([configSrc, property, ...attributes], { signal }) => {
        const [directorySrc, directoryFormat, endpoint, referralFormat, kiosk] = attributes as [
          string?, string?, string?, string?, boolean?,
        ];
        const script = parseScriptConfig(host.querySelector(':scope > script[type="application/json"]')?.textContent);
        const fromUrl = await loadConfigUrl(configSrc as string | undefined, signal);
        signal.throwIfAborted();
        const fromAttributes: AttributeSettings = { directorySrc, directoryFormat, endpoint, referralFormat, kiosk };
        const result = resolveConfig({
          fromUrl: fromUrl.value,
          fromScript: script.value,
          fromProperty: property,
          fromAttributes,
          gatherProblems: [...fromUrl.problems, ...script.problems],
        });
        if (!result.ok) this.report(result.problems);
        return result;
      },
      args: () => [
        host.configSrc,
        host.config,
        host.directorySrc,
        host.directoryFormat,
        host.endpoint,
        host.referralFormat,
        host.kiosk,
      ],
    });
  }

  get result(): ConfigResult | undefined {
    return this.task.value;
  }

  private report(problems: Problem[]) {
    const lines = problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n');
    console.error(`[waymark] <${this.host.localName}> cannot start: ${problems.length} problem(s) with its config.\n${lines}`);
    emit(this.host, 'waymark-config-error', { problems });
  }
}
