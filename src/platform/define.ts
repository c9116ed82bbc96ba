/**
 * Registers a custom element once. A page may load two copies of Waymark (a theme and a plugin
 * each pasting the script); the second must not throw "already defined".
 */
export function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
