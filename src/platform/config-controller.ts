import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import { loadConfigUrl, parseScriptConfig } from '../core/config/gather.ts';
import type { AttributeSettings, ConfigResult } from '../core/config/resolve.ts';
import type { RequiredSetting } from '../core/config/required.ts';
import { loadConfigChecker, problemWords, type ProblemWords } from './config-checker.ts';
import { emit } from '../events.ts';
import type { Problem } from '../core/model/problems.ts';

/** The config checker's code did not arrive (a dropped connection): the element offers "Try again". */
export class CheckerNotLoaded extends Error {}

export interface ConfigHost extends ReactiveControllerHost, HTMLElement {
  configSrc?: string | null;
  config?: unknown;
  directorySrc?: string | null;
  directoryFormat?: string | null;
  endpoint?: string | null;
  referralFormat?: string | null;
  kiosk: boolean;
  /** The settings this kind of element cannot work without (an element class's `static requires`). */
  readonly requiredSettings: readonly RequiredSetting[];
}

/**
 * Gathers an element's config from all four places, validates it once at the edge, and
 * re-runs when any of them changes. Problems are logged for the site editor and announced as
 * a `waymark-config-error` event; the element renders them (see `config-problems.ts`).
 */
export class ConfigController {
  readonly task: Task<unknown[], ConfigResult>;

  constructor(private readonly host: ConfigHost) {
    void loadConfigChecker().catch(() => {});
    this.task = new Task(host, {
      task: async ([configSrc, property, ...attributes], { signal }) => {
        // The last argument, the required settings, is there only so that a change re-runs the check.
        const [directorySrc, directoryFormat, endpoint, referralFormat, kiosk] = attributes as [
          string?, string?, string?, string?, boolean?, string?,
        ];
        const script = parseScriptConfig(host.querySelector(':scope > script[type="application/json"]')?.textContent);
        const checker = loadConfigChecker().catch((error: unknown) => {
          console.error(`[waymark] <${host.localName}> could not load its config checker.`, error);
          throw new CheckerNotLoaded(String(error));
        });
        const [fromUrl, { resolveConfig }] = await Promise.all([loadConfigUrl(configSrc as string | undefined, signal), checker]);
        signal.throwIfAborted();
        const fromAttributes: AttributeSettings = { directorySrc, directoryFormat, endpoint, referralFormat, kiosk };
        const result = resolveConfig({
          fromUrl: fromUrl.value,
          fromScript: script.value,
          fromProperty: property,
          fromAttributes,
          gatherProblems: [...fromUrl.problems, ...script.problems],
          required: host.requiredSettings,
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
        host.requiredSettings.join(),
      ],
    });
  }

  /** Gathers and checks the config again ("Try again" after the checker did not load). */
  retry(): void {
    void this.task.run();
  }

  get result(): ConfigResult | undefined {
    return this.task.value;
  }

  /**
   * The one way a setup problem is told to the site editor: in the console and as
   * `waymark-config-error` (the element shows the same list). `what` names the part of the
   * config, for problems found after this check (a service's own questionnaire), and `words`
   * the element's own words for them.
   */
  report(problems: Problem[], what = 'its config', words: ProblemWords = problemWords()): void {
    const worded = problems.map((p) => ({ ...p, path: words.path(p), message: words.message(p) }));
    const lines = worded.map((p) => `  - ${p.path}: ${p.message}`).join('\n');
    console.error(`[waymark] <${this.host.localName}> cannot start: ${problems.length} problem(s) with ${what}.\n${lines}`);
    emit(this.host, 'waymark-config-error', { problems: worded });
  }
}
