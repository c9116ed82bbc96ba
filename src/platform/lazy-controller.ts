import type { ReactiveControllerHost } from 'lit';
import type { Lazy } from '../core/lazy.ts';

/**
 * Code an element renders with, loaded on demand (see core/lazy.ts). Reading `value` asks for it
 * the first time; the element renders again when it arrives, or when it fails (`failed`, logged
 * for the site editor), and `retry()` asks again. Nothing loaded travels in a task's value or in
 * element state: the element reads it here as it renders.
 */
export class LazyController<T> {
  private asked = false;
  private failure = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly code: Lazy<T>,
    /** What it is, for the console: "its QR code maker". */
    private readonly what: string,
  ) {}

  /** The loaded code, or `undefined` while it is on its way or after it failed. */
  get value(): T | undefined {
    const value = this.code.value;
    if (value === undefined && !this.asked) this.load();
    return value;
  }

  /** Whether the last load failed (the element shows why, and may offer "Try again"). */
  get failed(): boolean {
    return this.failure;
  }

  /** Asks again after a failure. */
  retry(): void {
    this.failure = false;
    this.load();
  }

  private load(): void {
    this.asked = true;
    this.code().then(
      () => this.host.requestUpdate(),
      (error: unknown) => {
        console.error(`[waymark] <${this.host.localName}> could not load ${this.what}.`, error);
        this.failure = true;
        this.host.requestUpdate();
      },
    );
  }
}
