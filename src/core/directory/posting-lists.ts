import { eachWord, hashOf, stem } from './text.ts';
import { WordTable } from './word-table.ts';

/**
 * Which activities hold which words. Fed text activity by activity, in order, then packed: each
 * word's list of activities, in a sorted vocabulary so a typed prefix is a range. Each word is
 * also filed under its stem ("walks" under "walk" too), so a search for either finds it.
 *
 * Everything lives in typed arrays that grow by doubling: one flat stream of (word) per activity,
 * counted and laid out at the end, rather than thousands of growing lists for the collector to move.
 */
export class PostingLists {
  private readonly table = new WordTable();
  /** The last activity each word was noted for, so a word said twice is listed once. */
  private lastDoc = new Int32Array(1 << 11).fill(-1);
  /** Each word's stem: -2 not worked out yet, -1 the word is its own stem. */
  private stemOf = new Int32Array(1 << 11).fill(-2);
  private stream = new Int32Array(1 << 16);
  private length = 0;
  private readonly docEnd: Int32Array;
  private doc = 0;
  private readonly sink = (text: string, start: number, end: number, hash: number): void => {
    this.note(this.table.id(text, start, end, hash));
  };

  constructor(private readonly docs: number) {
    this.docEnd = new Int32Array(docs);
  }

  /** Starts the words of activity `doc`; activities come in order, from 0. */
  startDoc(doc: number): void {
    if (doc > 0) this.docEnd[doc - 1] = this.length;
    this.doc = doc;
  }

  addText(text: string): void {
    eachWord(text, this.sink);
  }

  /** The numbers of the words of `text`, to add again and again with `addWords` (need-area labels). */
  wordsOf(text: string): number[] {
    const ids: number[] = [];
    eachWord(text, (t, start, end, hash) => ids.push(this.table.id(t, start, end, hash)));
    return ids;
  }

  addWords(ids: readonly number[]): void {
    for (let i = 0; i < ids.length; i++) this.note(ids[i]!);
  }

  private note(id: number): void {
    if (id >= this.lastDoc.length) this.grow();
    if (this.lastDoc[id] === this.doc) return;
    this.lastDoc[id] = this.doc;
    this.push(id);
    let stemId = this.stemOf[id]!;
    if (stemId === -2) {
      const word = this.table.words[id]!;
      const stemmed = stem(word);
      stemId = stemmed === word ? -1 : this.table.id(stemmed, 0, stemmed.length, hashOf(stemmed));
      if (stemId >= this.lastDoc.length) this.grow();
      this.stemOf[id] = stemId;
    }
    if (stemId >= 0 && this.lastDoc[stemId] !== this.doc) {
      this.lastDoc[stemId] = this.doc;
      this.push(stemId);
    }
  }

  private push(id: number): void {
    if (this.length === this.stream.length) {
      const stream = new Int32Array(this.length * 2);
      stream.set(this.stream);
      this.stream = stream;
    }
    this.stream[this.length++] = id;
  }

  private grow(): void {
    const size = Math.max(this.lastDoc.length * 2, this.table.size + 1);
    const lastDoc = new Int32Array(size).fill(-1);
    lastDoc.set(this.lastDoc);
    const stemOf = new Int32Array(size).fill(-2);
    stemOf.set(this.stemOf);
    this.lastDoc = lastDoc;
    this.stemOf = stemOf;
  }

  /**
   * The sorted vocabulary and, for each word, its activities: a sorted list of positions for
   * rare words, or a bit set (one bit an activity) for common ones, whichever is smaller.
   */
  pack(): { vocabulary: string[]; postings: (Int32Array | Uint32Array)[] } {
    const n = this.docs;
    if (n > 0) this.docEnd[n - 1] = this.length;
    const words = this.table.words;
    const size = words.length;
    // Counting sort of the stream by word: start[id] .. start[id + 1] will hold word id's activities.
    const start = new Int32Array(size + 1);
    const stream = this.stream;
    for (let k = 0; k < this.length; k++) start[stream[k]! + 1]!++;
    for (let id = 0; id < size; id++) start[id + 1]! += start[id]!;
    const next = start.slice(0, size);
    const lists = new Int32Array(this.length);
    let k = 0;
    for (let doc = 0; doc < n; doc++) {
      for (const end = this.docEnd[doc]!; k < end; k++) lists[next[stream[k]!]!++] = doc;
    }
    // The built-in sort without a comparator is much quicker than one with.
    const vocabulary = words.slice().sort();
    const order = new Map<string, number>();
    for (let id = 0; id < size; id++) order.set(words[id]!, id);
    const setWords = (n + 31) >>> 5;
    // Short lists are kept, side by side, in one array of their own; the stream's copy of the
    // long ones (now bit sets) is left for the garbage collector.
    let kept = 0;
    for (let id = 0; id < size; id++) if (start[id + 1]! - start[id]! <= setWords) kept += start[id + 1]! - start[id]!;
    const short = new Int32Array(kept);
    let at = 0;
    const postings = vocabulary.map((word) => {
      const id = order.get(word)!;
      const from = start[id]!;
      const to = start[id + 1]!;
      if (to - from <= setWords) {
        short.set(lists.subarray(from, to), at);
        at += to - from;
        return short.subarray(at - (to - from), at);
      }
      const set = new Uint32Array(setWords);
      for (let p = from; p < to; p++) set[lists[p]! >>> 5]! |= 1 << (lists[p]! & 31);
      return set;
    });
    return { vocabulary, postings };
  }
}
