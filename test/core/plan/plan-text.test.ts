import { expect } from '@open-wc/testing';
import { Activity, parseWith, type ActivityInput } from '../../../src/core/model/index.ts';
import { planText } from '../../../src/words/plan-text.ts';
import { qrMatrix, qrPath } from '../../../src/core/plan/qr.ts';

function activity(input: Partial<ActivityInput> & { id: string; name: string }): Activity {
  const parsed = parseWith(Activity, input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const walk = activity({
  id: 'walk',
  name: 'Health walk',
  schedule: [{ days: ['tue'], opens: '10:00', closes: '11:00' }],
  cost: { free: true },
  contact: { phone: '01632 960001', website: 'https://walks.example' },
});
const choir = activity({ id: 'choir', name: 'Community choir £2', contact: { phone: '01632 960002' } });
const options = { serviceName: 'Ashby Vale Social Prescribing', servicePhone: '01632 960000', locale: 'en', date: new Date('2026-11-21T00:00:00Z') };

describe('core/plan', () => {
  it('writes the plan as text: heading, date, each activity numbered with its facts, and the service', () => {
    const text = planText([walk, choir], options);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).to.deep.equal(['My plan from Ashby Vale Social Prescribing', '21 November 2026', '']);
    expect(text).to.include('1. Health walk\n   When: Tuesday, 10am to 11am');
    expect(text).to.include('   Cost: Free');
    expect(text).to.include('   Phone: 01632 960001\n   Website: https://walks.example');
    expect(text).to.include('2. Community choir £2\n');
    expect(lines.at(-1)).to.equal('Questions? Call Ashby Vale Social Prescribing on 01632 960000.');
  });

  it('keeps only names and phone numbers when brief', () => {
    const text = planText([walk], { ...options, brief: true });
    expect(text).to.include('1. Health walk\n   Phone: 01632 960001');
    expect(text).not.to.include('When:');
    expect(text).not.to.include('Website:');
  });

  it('says "My plan" with no service name, and no closing line with no phone', () => {
    const text = planText([walk], { locale: 'en', date: options.date });
    expect(text.split('\n')[0]).to.equal('My plan');
    expect(text).not.to.include('Questions?');
  });

  // That the code reads back as the plan's text is checked with a QR reader in test/e2e/plan-qr.test.ts.
  it('draws one square a dark module, and gives up on text no QR code can hold', () => {
    const matrix = qrMatrix('Waymark')!;
    let dark = 0;
    for (let y = 0; y < matrix.size; y++) for (let x = 0; x < matrix.size; x++) if (matrix.dark(x, y)) dark++;
    expect(qrPath(matrix).match(/M/g)!.length).to.equal(dark);
    expect(qrMatrix('x'.repeat(5000))).to.equal(undefined);
  });
});

describe('the plan as QR text', () => {
  it('keeps each directory field on its own line: a name cannot add fake Phone or Website lines', () => {
    const spoof = Activity.parse({
      id: 'spoof',
      name: 'Coffee morning\n   Phone: 0909 879 0000\n   Website: https://evil.example',
      contact: { phone: '01632 960111' },
    });
    const lines = planText([spoof], options).split('\n');
    expect(lines.filter((l) => l.trim().startsWith('Phone:'))).to.deep.equal(['   Phone: 01632 960111']);
    expect(lines.some((l) => l.trim().startsWith('Website:'))).to.equal(false);
    expect(lines).to.include('1. Coffee morning Phone: 0909 879 0000 Website: https://evil.example');
  });

  it('puts a website in only when it would be linked (https), and never a disguised one', () => {
    const plain = Activity.parse({ id: 'a', name: 'A', contact: { website: 'http://plain.example/a' } });
    const https = Activity.parse({ id: 'b', name: 'B', contact: { website: 'https://safe.example/b' } });
    const text = planText([plain, https], options);
    expect(text).not.to.contain('plain.example');
    expect(text).to.contain('Website: https://safe.example/b');
  });

  it('drops direction overrides from every line', () => {
    const rlo = Activity.parse({ id: 'c', name: 'Art \u202Egpj.exe', organisation: { name: 'Org' } });
    expect(planText([rlo], options)).not.to.match(/[\u202A-\u202E\u2066-\u2069]/);
  });
});
