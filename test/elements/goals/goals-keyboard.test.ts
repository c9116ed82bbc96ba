import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/goals/define.ts';
import type { WaymarkGoals } from '../../../src/elements/goals/goals.ts';
import type { GoalsCompleteDetail } from '../../../src/events.ts';
import { settled } from '../../helpers/settled.ts';
import { continueByKeyboard, focused, heading, isButton, isChoice, press, recordSteps, shadow, summaryRows, tabTo } from './helpers.ts';

describe('<waymark-goals> by keyboard alone', () => {
  it('walks the default set, goes back, changes an answer from check answers, and completes', async function () {
    this.timeout(60000);
    const el = await fixture<WaymarkGoals>(html`<waymark-goals></waymark-goals>`);
    await settled(el);
    const steps = recordSteps(el);

    // 1. What would you like help with? Checkboxes: Tab to each, Space to tick.
    expect(heading(el)).to.equal('What would you like help with?');
    await tabTo(el, isChoice('loneliness'));
    await press(el, 'Space');
    await tabTo(el, isChoice('arts-creativity'));
    await press(el, 'Space');
    await continueByKeyboard(el);

    // 2. Loneliness. Radios: Tab into the group, arrows choose. Focus moved to the new heading.
    expect(heading(el)).to.equal('How often do you feel lonely? (optional)');
    expect(focused(el)?.tagName).to.equal('H2');
    await tabTo(el, isChoice('often-always'));
    await press(el, 'ArrowDown', 2);
    expect((focused(el) as HTMLInputElement).value).to.equal('occasionally');
    expect(el.answers.loneliness).to.equal('occasionally');
    await continueByKeyboard(el);

    // 3. Work situation: the third answer.
    expect(heading(el)).to.equal('What is your work situation at the moment? (optional)');
    await tabTo(el, isChoice('working'));
    await press(el, 'ArrowDown', 2);
    await continueByKeyboard(el);

    // Looking for work: when they last had a paid job, skipped (every work question can be).
    expect(heading(el)).to.equal('When did you last have a paid job? (optional)');
    await continueByKeyboard(el);

    // 4. Work help.
    await tabTo(el, isChoice('volunteer'));
    await press(el, 'Space');
    await continueByKeyboard(el);

    // Help towards work asked for: how confident they feel, skipped too.
    expect(heading(el)).to.equal('How confident do you feel about work, learning or volunteering? (optional)');
    await continueByKeyboard(el);

    // 5. Taking part: two ticks.
    await tabTo(el, isChoice('group'));
    await press(el, 'Space');
    await tabTo(el, isChoice('online'));
    await press(el, 'Space');
    await continueByKeyboard(el);

    // 6–7. Days, then times skipped: optional questions can be left.
    expect(heading(el)).to.equal('Which days are you free? (optional)');
    await tabTo(el, isChoice('sat'));
    await press(el, 'Space');
    await continueByKeyboard(el);
    expect(heading(el)).to.equal('What times of day suit you? (optional)');
    await continueByKeyboard(el);

    // 8. Distance: Space chooses the focused radio.
    await tabTo(el, isChoice('up-to-1'));
    await press(el, 'Space');
    await continueByKeyboard(el);

    // 9. Easier: "language" opens a page for their own words.
    await tabTo(el, isChoice('language'));
    await press(el, 'Space');
    await continueByKeyboard(el);
    expect(heading(el)).to.equal('Tell us what would make it easier (optional)');
    await tabTo(el, (a) => a.tagName === 'TEXTAREA');
    await sendKeys({ type: 'I speak Polish' });
    await continueByKeyboard(el);

    // 10. Wellbeing: yes, then the ONS4 items, two answered and two skipped.
    await tabTo(el, isChoice('yes'));
    await press(el, 'Space');
    await continueByKeyboard(el);
    expect(heading(el)).to.equal('Overall, how satisfied are you with your life nowadays? (optional)');
    await tabTo(el, isChoice('0'));
    await press(el, 'ArrowRight', 7);
    await continueByKeyboard(el);
    await continueByKeyboard(el);
    await continueByKeyboard(el);
    expect(heading(el)).to.match(/how anxious did you feel yesterday\? \(optional\)$/);
    await tabTo(el, isChoice('0'));
    await press(el, 'ArrowRight', 3);
    await continueByKeyboard(el);

    // Check answers.
    expect(heading(el)).to.equal('Check your answers');
    expect(focused(el)?.tagName).to.equal('H2');
    const rows = Object.fromEntries(summaryRows(el));
    expect(rows['What would you like help with?']).to.equal('Feeling lonely, Arts and making things');
    expect(rows['How often do you feel lonely?']).to.equal('Occasionally');
    expect(rows['Tell us what would make it easier']).to.equal('I speak Polish');
    expect(rows['Overall, how happy did you feel yesterday?']).to.equal('Not answered');

    // Change an answer: back to that question, with the answer chosen, then straight back here.
    await tabTo(el, isButton('Change How often do you feel lonely?'));
    await press(el, 'Enter');
    expect(heading(el)).to.equal('How often do you feel lonely? (optional)');
    await sendKeys({ press: 'Tab' });
    expect((focused(el) as HTMLInputElement).value, 'Tab lands on the chosen radio').to.equal('occasionally');
    await press(el, 'ArrowUp');
    await continueByKeyboard(el);
    expect(heading(el)).to.equal('Check your answers');
    expect(Object.fromEntries(summaryRows(el))['How often do you feel lonely?']).to.equal('Some of the time');

    // Back, by Shift+Tab from the heading to the back link, then forward again.
    await tabTo(el, isButton('Back'), 'Shift+Tab');
    await press(el, 'Enter');
    expect(heading(el)).to.match(/how anxious did you feel yesterday\?/);
    expect((shadow(el).querySelector('input[value="3"]') as HTMLInputElement).checked, 'answers kept on the way back').to.equal(true);
    await continueByKeyboard(el);
    expect(heading(el)).to.equal('Check your answers');

    // Confirm.
    const completed = oneEvent(el, 'waymark-goals-complete');
    await tabTo(el, isButton('Confirm and continue'));
    await sendKeys({ press: 'Enter' });
    const { result } = ((await completed) as CustomEvent<GoalsCompleteDetail>).detail;
    await el.updateComplete;
    expect(heading(el)).to.equal('Thank you');

    expect(result.needAreas.map((n) => n.id)).to.deep.equal(['loneliness', 'arts-creativity', 'volunteering', 'work']);
    expect(result.needAreas[0]).to.deep.include({ score: 5 });
    expect(result.workPathway).to.equal('indirect');
    expect(result.employmentStatus).to.equal('looking-for-work');
    expect(result.workGoals).to.deep.equal(['volunteer']);
    expect(result, 'skipped work questions send nothing').not.to.have.any.keys('timeSincePaidWork', 'workConfidence');
    expect(result.loneliness).to.equal('some-of-the-time');
    expect(result.preferences).to.deep.equal({ modes: ['online'], group: 'group', days: ['sat'], times: [], maxMiles: 1 });
    expect(result.wellbeing).to.deep.equal({ lifeSatisfaction: 7, anxiety: 3 });
    expect(result.crisis).to.equal(false);
    expect(result.answers.find((a) => a.questionId === 'easier-details')?.value).to.equal('I speak Polish');

    // waymark-step: each page once, in order, with its name and number and nothing else.
    expect(steps.map((s) => s.step)).to.deep.equal([
      'question:loneliness',
      'question:work-situation',
      'question:time-since-paid-work',
      'question:work-help',
      'question:work-confidence',
      'question:take-part',
      'question:days',
      'question:times',
      'question:distance',
      'question:easier',
      'question:easier-details',
      'question:wellbeing',
      'question:life-satisfaction',
      'question:worthwhile',
      'question:happiness',
      'question:anxiety',
      'check-answers',
      'question:loneliness',
      'check-answers',
      'question:anxiety',
      'check-answers',
      'complete',
    ]);
    expect(steps[0]).to.deep.equal({ element: 'waymark-goals', step: 'question:loneliness', number: 2 });
    expect(steps.at(-1)).to.deep.equal({ element: 'waymark-goals', step: 'complete', number: 19 });
    for (const step of steps) expect(Object.keys(step).sort()).to.deep.equal(['element', 'number', 'step']);
  });
});
