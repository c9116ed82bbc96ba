import { expect } from '@open-wc/testing';
import {
  currentGoalsView,
  goalsCanGoBack,
  goalsMarkOf,
  goalsReducer,
  goalsStepOf,
  startGoals,
  visiblePages,
  type Answers,
  type GoalsAction,
  type GoalsFlow,
} from '../../../src/core/questionnaire/index.ts';
import { defaultQuestionnaire } from '../../../src/words/default-set.ts';

const definition = defaultQuestionnaire();
const CONTINUE: GoalsAction = { type: 'continue', locale: 'en' };

/** Runs actions from the start, as a person pressing buttons would. */
function run(answers: Answers, ...actions: GoalsAction[]) {
  let flow: GoalsFlow = startGoals;
  let completed;
  for (const action of actions) {
    const step = goalsReducer(definition, flow, answers, action);
    flow = step.flow;
    answers = step.answers;
    completed = step.completed ?? completed;
  }
  return { flow, answers, view: currentGoalsView(definition, flow, answers), completed };
}

const onPage = (pageId: string, returnToCheck = false) => ({ kind: 'page', pageId, returnToCheck });
/** Answers every page of the default set needs, so Continue always moves on. */
const answered: Answers = { 'help-with': ['housing'], 'take-part': ['group'], days: ['mon'], times: ['morning'], distance: 'up-to-1', easier: ['none'], wellbeing: false };
const continues = (n: number) => Array.from({ length: n }, () => CONTINUE);

describe("goals' flow (core)", () => {
  it('starts on the first page, which has no Back', () => {
    const { view } = run({});
    expect(view).to.deep.equal(onPage('help-with'));
    expect(goalsCanGoBack(definition, {}, onPage('help-with') as never)).to.equal(false);
  });

  it('keeps a page that fails Continue, with its errors, and changes nothing else', () => {
    const { flow, view } = run({}, CONTINUE);
    expect(view).to.deep.equal(onPage('help-with'));
    expect(flow.errors.map((e) => e.field)).to.deep.equal(['help-with']);
    expect(flow.seen).to.deep.equal([]);
  });

  it('moves on after a good Continue, clears errors and remembers the page as seen', () => {
    const { flow, view } = run({ 'help-with': ['housing'] }, CONTINUE);
    expect(view).to.deep.equal(onPage('loneliness'));
    expect(flow.errors).to.deep.equal([]);
    expect(flow.seen).to.deep.equal(['help-with']);
  });

  it('interrupts a crisis answer on Continue, and Back takes the crisis choice out', () => {
    const answers = { 'help-with': ['housing', 'not-safe'] };
    const crisis = run(answers, CONTINUE);
    expect(crisis.view).to.deep.equal({ kind: 'crisis', cause: 'answer', from: onPage('help-with') });
    const back = run(answers, CONTINUE, { type: 'leave-crisis' });
    expect(back.view).to.deep.equal(onPage('help-with'));
    expect(back.answers).to.deep.equal({ 'help-with': ['housing'] });
  });

  it('"I need help urgently" keeps the answers when the person comes back', () => {
    const answers = { 'help-with': ['housing'] };
    const { view, answers: after } = run(answers, CONTINUE, { type: 'urgent' }, { type: 'leave-crisis' });
    expect(view).to.deep.equal(onPage('loneliness'));
    expect(after).to.equal(answers);
  });

  it('Back on the first page does nothing: the same flow comes back', () => {
    const step = goalsReducer(definition, startGoals, {}, { type: 'back' });
    expect(step.flow).to.equal(startGoals);
  });

  it('reaches check your answers after the last page; Back from there is the last page', () => {
    const pages = visiblePages(definition, answered).length;
    const check = run(answered, ...continues(pages));
    expect(check.view).to.deep.equal({ kind: 'check' });
    expect(run(answered, ...continues(pages), { type: 'back' }).view).to.deep.equal(onPage('wellbeing'));
  });

  it('Change goes to the page and Continue comes straight back, unless the change opened a new page', () => {
    const pages = visiblePages(definition, answered).length;
    const toCheck = continues(pages);
    expect(run(answered, ...toCheck, { type: 'change', pageId: 'loneliness' }).view).to.deep.equal(onPage('loneliness', true));
    expect(run(answered, ...toCheck, { type: 'change', pageId: 'loneliness' }, CONTINUE).view).to.deep.equal({ kind: 'check' });
    // Back from a changed page returns to check your answers, not the page before.
    expect(run(answered, ...toCheck, { type: 'change', pageId: 'loneliness' }, { type: 'back' }).view).to.deep.equal({ kind: 'check' });

    // "Something else" opens a page the person has not seen: it comes next, then check answers.
    let flow = run(answered, ...toCheck, { type: 'change', pageId: 'help-with' }).flow;
    const more = { ...answered, 'help-with': ['housing', 'something-else'] };
    flow = goalsReducer(definition, flow, more, CONTINUE).flow;
    expect(currentGoalsView(definition, flow, more)).to.deep.equal(onPage('something-else', true));
  });

  it('Confirm scores the answers once and shows the thanks; Change your answers returns to check', () => {
    const pages = visiblePages(definition, answered).length;
    const done = run(answered, ...continues(pages), { type: 'confirm', locale: 'en' });
    expect(done.view.kind).to.equal('complete');
    expect(done.completed!.needAreas.map((n) => n.id)).to.include('housing');
    const again = goalsReducer(definition, done.flow, answered, { type: 'reopen' });
    expect(again.flow.view).to.deep.equal({ kind: 'check' });
    expect(again.completed).to.equal(undefined);
  });

  it('Confirm with a crisis answer set from outside interrupts instead of completing', () => {
    const pages = visiblePages(definition, answered).length;
    let flow = run(answered, ...continues(pages)).flow;
    const outside = { ...answered, 'help-with': ['not-safe'] };
    const step = goalsReducer(definition, flow, outside, { type: 'confirm', locale: 'en' });
    flow = step.flow;
    expect(step.completed).to.equal(undefined);
    expect(flow.view).to.deep.equal({ kind: 'crisis', cause: 'answer', from: onPage('help-with', true) });
  });

  it('falls back to the first page when answers set from outside hide the page on screen', () => {
    const { flow } = run({ 'help-with': ['something-else'] }, CONTINUE);
    expect(currentGoalsView(definition, flow, { 'help-with': ['something-else'] })).to.deep.equal(onPage('something-else'));
    expect(currentGoalsView(definition, flow, { 'help-with': ['housing'] })).to.deep.equal(onPage('help-with'));
  });

  it('numbers steps for waymark-step: pages, then check answers, then complete; crisis keeps its page number', () => {
    const pages = visiblePages(definition, answered).length;
    expect(goalsStepOf(definition, answered, onPage('loneliness') as never)).to.deep.equal({ step: 'question:loneliness', number: 2 });
    expect(goalsStepOf(definition, answered, { kind: 'check' })).to.deep.equal({ step: 'check-answers', number: pages + 1 });
    expect(goalsStepOf(definition, answered, { kind: 'crisis', cause: 'link', from: onPage('loneliness') as never })).to.deep.equal({ step: 'crisis', number: 2 });
  });

  it('ignores actions that do not belong to the view on screen', () => {
    for (const action of [{ type: 'change', pageId: 'loneliness' }, { type: 'leave-crisis' }, { type: 'confirm', locale: 'en' }, { type: 'reopen' }] as GoalsAction[]) {
      expect(goalsReducer(definition, startGoals, {}, action).flow, action.type).to.equal(startGoals);
    }
  });
});

describe("goals' flow in the browser's history (core)", () => {
  const visit = (mark: string | undefined): GoalsAction => ({ type: 'visit', mark, locale: 'en' });
  const pages = visiblePages(definition, answered).length;

  it('names each view by page, never by answer, and a visit to a name shows that page with the answers', () => {
    expect(goalsMarkOf(onPage('days') as never)).to.equal('page:days');
    expect(goalsMarkOf(onPage('days', true) as never)).to.equal('change:days');
    expect(goalsMarkOf({ kind: 'check' })).to.equal('check');
    const atCheck = run(answered, ...continues(pages));
    expect(atCheck.view).to.deep.equal({ kind: 'check' });
    const back = run(answered, ...continues(pages), visit('page:help-with'));
    expect(back.view).to.deep.equal(onPage('help-with'));
    expect(back.answers).to.deep.equal(answered);
    expect(run(answered, ...continues(pages), visit('page:help-with'), visit('check')).view).to.deep.equal({ kind: 'check' });
  });

  it('goes Forward only as far as the answers allow, to the first page not complete, without errors', () => {
    const forward = run({}, visit('check'));
    expect(forward.view).to.deep.equal(onPage('help-with'));
    expect(forward.flow.errors).to.deep.equal([]);
  });

  it('shows the first page for an entry from an earlier session, urgent help again, and never confirms from history', () => {
    expect(run(answered, ...continues(3), visit(undefined)).view).to.deep.equal(onPage('help-with'));
    expect(run(answered, visit('crisis')).view).to.deep.equal({ kind: 'crisis', cause: 'link', from: onPage('help-with') });
    const atCheck = run(answered, ...continues(pages));
    expect(run(answered, ...continues(pages), visit('complete')).flow).to.deep.equal(atCheck.flow);
    expect(run(answered, visit('page:no-such-page')).view).to.deep.equal({ kind: 'check' });
  });
});
