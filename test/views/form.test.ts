import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { state } from 'lit/decorators.js';
import { tokens } from '../../src/styles/tokens.ts';
import { base } from '../../src/styles/base.ts';
import {
  checkboxes,
  dateInput,
  focusErrorSummary,
  formStyles,
  radios,
  renderErrorSummary,
  textField,
  toggleChoice,
  type Choice,
  type DateParts,
} from '../../src/views/form/index.ts';
import type { FieldError } from '../../src/core/validate/field-error.ts';

const CHOICES: Choice[] = [
  { value: 'a', label: 'Apples' },
  { value: 'b', label: 'Bananas' },
  { value: 'none', label: 'None of these', exclusive: true },
];

/** A small form built only from the shared parts, as an element would use them. */
class TestForm extends LitElement {
  static override styles = [tokens, base, formStyles];
  @state() name = '';
  @state() fruit: string | undefined;
  @state() extras: string[] = [];
  @state() dob: DateParts = { day: '', month: '', year: '' };
  @state() errors: FieldError<{ code: string; message: string }>[] = [];

  override render() {
    const err = (f: string) => this.errors.find((e) => e.field === f)?.message;
    return html`
      ${renderErrorSummary(this.errors, (e) => e.message, this.shadowRoot, 2)}
      ${textField({ id: 'name', label: 'Full name', value: this.name, error: err('name'), autocomplete: 'name', onInput: (v) => (this.name = v) })}
      ${radios({ id: 'fruit', label: 'Favourite fruit', choices: CHOICES.slice(0, 2), value: this.fruit, error: err('fruit'), onChange: (v) => (this.fruit = v) })}
      ${checkboxes({ id: 'extras', label: 'Extras', optional: true, choices: CHOICES, values: this.extras, onChange: (v) => (this.extras = v) })}
      ${dateInput({ id: 'dob', label: 'Date of birth', hint: 'For example, 27 3 1985', value: this.dob, error: err('dob'), autocompletePrefix: 'bday', onInput: (v) => (this.dob = v) })}
    `;
  }
}
customElements.define('test-form', TestForm);

describe('shared form parts', () => {
  it('ticking an exclusive choice clears the others, and the other way round', () => {
    expect(toggleChoice(['a', 'b'], CHOICES[2]!, CHOICES, true)).to.deep.equal(['none']);
    expect(toggleChoice(['none'], CHOICES[0]!, CHOICES, true)).to.deep.equal(['a']);
    expect(toggleChoice(['a', 'b'], CHOICES[0]!, CHOICES, false)).to.deep.equal(['b']);
  });

  it('is accessible empty, with autocomplete tokens for autofill', async () => {
    const el = await fixture<TestForm>(fixtureHtml`<test-form></test-form>`);
    const root = el.shadowRoot!;
    expect(root.getElementById('name')!.getAttribute('autocomplete')).to.equal('name');
    expect(root.getElementById('dob')!.getAttribute('autocomplete')).to.equal('bday-day');
    expect(root.getElementById('dob-year')!.getAttribute('autocomplete')).to.equal('bday-year');
    expect(root.textContent).to.contain('(optional)');
    await expect(el).to.be.accessible();
  });

  it('shows errors in the summary and inline, and the summary links focus each field', async () => {
    const el = await fixture<TestForm>(fixtureHtml`<test-form></test-form>`);
    el.errors = [
      { field: 'name', code: 'name.missing', message: 'Enter your full name' },
      { field: 'fruit', code: 'fruit.missing', message: 'Select a fruit' },
    ];
    await el.updateComplete;
    focusErrorSummary(el.shadowRoot);
    const root = el.shadowRoot!;
    expect(root.activeElement?.classList.contains('error-summary')).to.equal(true);
    expect(root.querySelector('.error-summary h2')!.textContent).to.equal('There is a problem');
    const inline = root.getElementById('name-error')!;
    expect(inline.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Enter your full name');
    expect(root.getElementById('name')!.getAttribute('aria-describedby')).to.equal('name-error');
    expect(root.getElementById('name')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    root.querySelectorAll<HTMLAnchorElement>('.error-summary a')[1]!.click();
    expect(root.activeElement?.id).to.equal('fruit');
  });

  it('the date of birth link focuses Day with its legend and error message in view, not scrolled off the top (issue 15)', async () => {
    await setViewport({ width: 375, height: 500 });
    try {
      const el = await fixture<TestForm>(fixtureHtml`<div><div style="height: 2000px"></div><test-form></test-form><div style="height: 2000px"></div></div>`);
      const form = el.querySelector('test-form') as TestForm;
      form.errors = [{ field: 'dob', code: 'dob', message: 'Date of birth must include a month' }];
      await form.updateComplete;
      const root = form.shadowRoot!;
      window.scrollTo(0, 0);
      root.querySelector<HTMLAnchorElement>('.error-summary a')!.click();
      expect(root.activeElement?.id).to.equal('dob');
      const legend = root.getElementById('dob')!.closest('fieldset')!.querySelector('legend')!.getBoundingClientRect();
      const error = root.getElementById('dob-error')!.getBoundingClientRect();
      const day = root.getElementById('dob')!.getBoundingClientRect();
      // Legend, error and box all on screen, the legend clear of a sticky header's margin (6em).
      expect(legend.top, 'legend top').to.be.at.least(90);
      expect(error.top, 'error top').to.be.greaterThan(legend.top);
      expect(day.bottom, 'Day box bottom').to.be.at.most(window.innerHeight);
      await expect(form).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('works by keyboard: type, arrow through radios, space to tick', async () => {
    const el = await fixture<TestForm>(fixtureHtml`<test-form></test-form>`);
    el.shadowRoot!.getElementById('name')!.focus();
    await sendKeys({ type: 'Sam Taylor' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.name).to.equal('Sam Taylor');
    expect(el.fruit).to.equal('b');
    expect(el.extras).to.deep.equal(['a']);
  });
});
