import { expect } from '@open-wc/testing';
import { firstSentence, fold, htmlToText, stem, words } from '../../../src/core/directory/text.ts';

describe('htmlToText', () => {
  const table: [string, string, string][] = [
    ['leaves plain text alone', 'Tea and a chat.', 'Tea and a chat.'],
    ['drops tags, keeping words', '<p>Help with <b>debt</b></p>', 'Help with debt'],
    ['turns paragraphs and breaks into lines', '<p>One.</p><p>Two.<br>Three.</p>', 'One.\nTwo.\nThree.'],
    ['drops scripts and styles with their content', 'Hi<script>alert(1)</script><style>p{}</style> there', 'Hi there'],
    ['drops images with handlers', 'Look <img src=x onerror="alert(1)"> here', 'Look here'],
    ['decodes entities once, so escaped tags stay text', 'Fish &amp; chips &lt;b&gt; &#163;3 &#x2014; &nbsp;ok', 'Fish & chips <b> £3 — ok'],
    ['keeps an unknown entity as written', 'A &madeup; thing', 'A &madeup; thing'],
    ['collapses spaces and blank lines', '  Lots   of\n\n\n\nspace  ', 'Lots of\n\nspace'],
  ];
  for (const [what, input, expected] of table) {
    it(what, () => expect(htmlToText(input)).to.equal(expected));
  }
});

describe('folding and words', () => {
  it('removes accents and case', () => {
    expect(fold('Café Crème ÉCOLE')).to.equal('cafe creme ecole');
  });
  it('splits on anything that is not a letter or digit, and drops apostrophes', () => {
    expect(words("Carers' café: tea/coffee, 10am don't")).to.deep.equal(['carers', 'cafe', 'tea', 'coffee', '10am', 'dont']);
  });
  it('keeps letters from other scripts', () => {
    expect(words('Zajęcia po polsku – اردو')).to.deep.equal(['zajecia', 'po', 'polsku', 'اردو']);
  });
  const stems: [string, string][] = [
    ['walks', 'walk'], ['activities', 'activity'], ['classes', 'class'], ['churches', 'church'], ['class', 'class'], ['bus', 'bus'], ['is', 'is'],
  ];
  for (const [word, expected] of stems) it(`stems ${word} to ${expected}`, () => expect(stem(word)).to.equal(expected));
});

describe('firstSentence', () => {
  it('takes the first sentence', () => {
    expect(firstSentence('A walk. Then tea.')).to.equal('A walk.');
  });
  it('cuts a long sentence at a word, with an ellipsis', () => {
    const long = 'word '.repeat(60).trim();
    const cut = firstSentence(long, 50);
    expect(cut.length).to.be.at.most(51);
    expect(cut.endsWith('word…')).to.equal(true);
  });
});
