import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Store } from '../state/store.ts';

/** Re-renders its host whenever a store it reads changes; follows the store if it is swapped. */
export class StoreController<T extends object> implements ReactiveController {
  private current?: Store<T>;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getStore: () => Store<T> | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = undefined;
  }

  private follow(): void {
    const store = this.getStore();
    if (store === this.current) return;
    this.unsubscribe?.();
    this.current = store;
    this.unsubscribe = store?.subscribe(() => this.host.requestUpdate());
  }
}
