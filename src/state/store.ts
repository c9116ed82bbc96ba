/**
 * A tiny observable value: enough for the journey's state, with no framework in it, so it can
 * be tested as plain code. The journey renders and saves progress when it changes; its steps get
 * what they need of it as properties.
 */
export class Store<T extends object> {
  private listeners = new Set<(value: T) => void>();

  constructor(private value: T) {}

  get(): T {
    return this.value;
  }

  set(next: T): void {
    if (next === this.value) return;
    this.value = next;
    for (const listener of [...this.listeners]) listener(next);
  }

  update(change: (value: T) => T): void {
    this.set(change(this.value));
  }

  subscribe(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
