/**
 * The words of a directory, each with a number. Looking a word up compares character codes in
 * place, so a word already seen costs no new string: see `eachWord`. Open addressing with
 * linear probing; the table doubles when half full.
 */
export class WordTable {
  readonly words: string[] = [];
  private hashes = new Int32Array(1 << 11);
  private slots = new Int32Array(1 << 12).fill(-1);

  get size(): number {
    return this.words.length;
  }

  /**
   * The number of `text.slice(start, end)` read in lower case (see `eachWord`), adding it if new.
   * `hash` must be `hashOf` the lower-case word.
   */
  id(text: string, start: number, end: number, hash: number): number {
    const { slots, hashes, words } = this;
    const mask = slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot]!;
      if (id < 0) return this.add(text.slice(start, end).toLowerCase(), hash, slot);
      if (hashes[id] === hash) {
        const word = words[id]!;
        if (word.length === length && same(word, text, start)) return id;
      }
    }
  }

  private add(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    if (id === this.hashes.length) {
      const hashes = new Int32Array(id * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

/** `word` (lower case) against `text` from `start`, reading ASCII capitals as small letters. */
function same(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c += 32;
    if (word.charCodeAt(i) !== c) return false;
  }
  return true;
}
