import { expect } from '@open-wc/testing';
import { PostingLists } from '../../../src/core/directory/posting-lists.ts';
import { stem, words } from '../../../src/core/directory/text.ts';
import { seeded } from '../../../bench/lib/generate-activities.ts';

/** Each activity's words and their stems, worked out the plain way. */
function naive(docs: string[][]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  docs.forEach((texts, doc) => {
    const all = new Set(texts.flatMap((t) => words(t)).flatMap((w) => [w, stem(w)]));
    for (const w of all) postings.set(w, [...(postings.get(w) ?? []), doc]);
  });
  return postings;
}

function build(docs: string[][]) {
  const lists = new PostingLists(docs.length);
  docs.forEach((texts, doc) => {
    lists.startDoc(doc);
    for (const t of texts) lists.addText(t);
  });
  return lists.pack();
}

function decode(posting: Int32Array | Uint32Array): number[] {
  if (posting instanceof Int32Array) return [...posting];
  const docs: number[] = [];
  for (let k = 0; k < posting.length * 32; k++) if ((posting[k >>> 5]! >>> (k & 31)) & 1) docs.push(k);
  return docs;
}

describe('PostingLists', () => {
  it('lists each activity once per word, under the word and its stem, in a sorted vocabulary', () => {
    const { vocabulary, postings } = build([['Walks and walking', 'Walks again'], ['Café classes'], [], ['CLASS']]);
    expect(vocabulary).to.deep.equal(['again', 'and', 'cafe', 'class', 'classes', 'walk', 'walking', 'walks']);
    const of = (w: string) => decode(postings[vocabulary.indexOf(w)]!);
    expect(of('walks')).to.deep.equal([0]);
    expect(of('walk')).to.deep.equal([0]);
    expect(of('class')).to.deep.equal([1, 3]);
  });

  it('files words added by number (need-area labels) with their stems too', () => {
    const lists = new PostingLists(2);
    const label = lists.wordsOf('Using phones');
    lists.startDoc(0);
    lists.addWords(label);
    lists.startDoc(1);
    lists.addText('phone');
    lists.addWords(label);
    const { vocabulary, postings } = lists.pack();
    expect(vocabulary).to.deep.equal(['phone', 'phones', 'using']);
    expect(postings.map(decode)).to.deep.equal([[0, 1], [0, 1], [0, 1]]);
  });

  it('matches the plain way on a large directory, past every table size it starts with', () => {
    const r = seeded(3);
    const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'ch', 'es', 'ies'];
    const lexicon = Array.from({ length: 6000 }, () => Array.from({ length: 2 + Math.floor(r() * 3) }, () => syllables[Math.floor(r() * syllables.length)]).join(''));
    const pick = () => (r() < 0.3 ? lexicon[Math.floor(r() * 40)]! : lexicon[Math.floor(r() * lexicon.length)]!);
    const docs = Array.from({ length: 700 }, () => [Array.from({ length: 120 }, pick).join(' '), `${pick().toUpperCase()}, ${pick()}!`]);
    // The tables grow while reading the very first activity, too.
    docs[0]!.push(lexicon.join(' '));
    const { vocabulary, postings } = build(docs);
    const expected = naive(docs);
    expect(vocabulary).to.deep.equal([...expected.keys()].sort());
    const setWords = Math.ceil(docs.length / 32);
    let bitSets = 0;
    vocabulary.forEach((word, i) => {
      const posting = postings[i]!;
      expect(decode(posting), word).to.deep.equal(expected.get(word));
      // A list while that is smaller, a bit set once it is not.
      expect(posting instanceof Uint32Array, word).to.equal(expected.get(word)!.length > setWords);
      if (posting instanceof Uint32Array) bitSets++;
    });
    // Past the first sizes of the word table (2,048 words) and of the stream of entries (65,536).
    expect(vocabulary.length).to.be.above(2048);
    expect([...expected.values()].reduce((sum, docs) => sum + docs.length, 0)).to.be.above(65536);
    expect(bitSets).to.be.above(10);
  });

  it('packs an empty directory', () => {
    expect(build([])).to.deep.equal({ vocabulary: [], postings: [] });
  });
});
