import { expect } from '@open-wc/testing';
import {
  nextPage,
  nextPageAfterChange,
  pageNumber,
  parseQuestionnaire,
  previousPage,
  visiblePages,
  type QuestionnaireDefinition,
} from '../../../src/core/questionnaire/index.ts';
import { defaultQuestionnaire } from '../../../src/words/default-set.ts';

const ids = (pages: { id: string }[]) => pages.map((p) => p.id);

const ALWAYS = ['help-with', 'loneliness', 'work-situation', 'work-help', 'take-part', 'days', 'times', 'distance', 'easier', 'wellbeing'];
const ONS4 = ['life-satisfaction', 'worthwhile', 'happiness', 'anxiety'];

describe('which pages show', () => {
  const definition = defaultQuestionnaire();

  it('shows the pages without conditions to begin with', () => {
    expect(ids(visiblePages(definition, {}))).to.deep.equal(ALWAYS);
  });

  it('adds "something else" after help-with when it is chosen', () => {
    expect(ids(visiblePages(definition, { 'help-with': ['housing', 'something-else'] })).slice(0, 3)).to.deep.equal(['help-with', 'something-else', 'loneliness']);
  });

  it('adds the details page for either of its two reasons', () => {
    for (const easier of [['language'], ['other'], ['quiet', 'other']]) {
      expect(ids(visiblePages(definition, { easier })), easier.join()).to.include('easier-details');
    }
    expect(ids(visiblePages(definition, { easier: ['quiet'] }))).to.not.include('easier-details');
  });

  it('adds the ONS4 pages only after a yes', () => {
    expect(ids(visiblePages(definition, { wellbeing: true })).slice(-5)).to.deep.equal(['wellbeing', ...ONS4]);
    expect(ids(visiblePages(definition, { wellbeing: false }))).to.deep.equal(ALWAYS);
  });

  it('hides a whole branch when the answer it rests on is hidden', () => {
    const parsed = parseQuestionnaire({
      pages: [
        { id: 'a', questions: [{ kind: 'yes-no', id: 'a', question: 'A?' }] },
        { id: 'b', showIf: { question: 'a', equals: true }, questions: [{ kind: 'yes-no', id: 'b', question: 'B?' }] },
        { id: 'c', showIf: [{ question: 'b', equals: true }, { question: 'a', equals: true }], questions: [{ kind: 'text', id: 'c', question: 'C?' }] },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(ids(visiblePages(parsed.value, { a: true, b: true }))).to.deep.equal(['a', 'b', 'c']);
    expect(ids(visiblePages(parsed.value, { a: false, b: true }))).to.deep.equal(['a']);
  });
});

describe('moving between pages', () => {
  const definition: QuestionnaireDefinition = defaultQuestionnaire();

  it('goes forward through the visible pages, then to check answers', () => {
    const answers = { 'help-with': ['something-else'] };
    expect(nextPage(definition, answers, 'help-with')?.id).to.equal('something-else');
    expect(nextPage(definition, answers, 'something-else')?.id).to.equal('loneliness');
    expect(nextPage(definition, {}, 'wellbeing')).to.equal(undefined);
    expect(nextPage(definition, { wellbeing: true }, 'wellbeing')?.id).to.equal('life-satisfaction');
  });

  it('goes back the same way, and from check answers to the last page', () => {
    expect(previousPage(definition, {}, 'loneliness')?.id).to.equal('help-with');
    expect(previousPage(definition, { 'help-with': ['something-else'] }, 'loneliness')?.id).to.equal('something-else');
    expect(previousPage(definition, {}, 'help-with')).to.equal(undefined);
    expect(previousPage(definition, { wellbeing: true }, undefined)?.id).to.equal('anxiety');
  });

  it('numbers pages among those shown', () => {
    expect(pageNumber(definition, {}, 'help-with')).to.equal(1);
    expect(pageNumber(definition, {}, 'loneliness')).to.equal(2);
    expect(pageNumber(definition, { 'help-with': ['something-else'] }, 'loneliness')).to.equal(3);
  });

  describe('after a change from check answers', () => {
    const seenAll = new Set(definition.pages.map((p) => p.id));
    const seenBefore = new Set(ALWAYS);

    it('goes straight back when nothing new is needed', () => {
      expect(nextPageAfterChange(definition, { 'help-with': ['housing'] }, 'help-with', seenAll)).to.equal(undefined);
    });

    it('asks a required question the change has brought in', () => {
      expect(nextPageAfterChange(definition, { 'help-with': ['something-else'] }, 'help-with', seenAll)?.id).to.equal('something-else');
    });

    it('shows pages the change has brought in that were never seen, even optional ones', () => {
      expect(nextPageAfterChange(definition, { 'help-with': ['housing'], wellbeing: true }, 'wellbeing', seenBefore)?.id).to.equal('life-satisfaction');
    });
  });
});
