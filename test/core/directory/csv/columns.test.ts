import { expect } from '@open-wc/testing';
import { COLUMNS, HEADINGS, columnFor, headingKey } from '../../../../src/core/directory/csv/columns.ts';
import { csvProblemText } from '../../../../src/core/directory/csv/problems.ts';

describe('CSV columns', () => {
  it('match headings whatever their case, spacing and punctuation', () => {
    expect(columnFor('POST CODE')).to.equal('postcode');
    expect(columnFor(' Post-code ')).to.equal('postcode');
    expect(columnFor('need Areas')).to.equal('needAreas');
    expect(columnFor('E-mail')).to.equal('email');
    expect(columnFor('Last Checked:')).to.equal('lastChecked');
    expect(columnFor('When (notes)')).to.equal('whenNotes');
    expect(columnFor('Colour')).to.equal(undefined);
  });

  it('never give one heading to two columns', () => {
    const seen = new Map<string, string>();
    for (const column of COLUMNS) {
      for (const heading of HEADINGS[column]) {
        const key = headingKey(heading);
        expect(seen.get(key), `${heading} is also ${seen.get(key)}`).to.equal(undefined);
        seen.set(key, column);
      }
    }
  });
});

describe('CSV problems in English', () => {
  it('word a bad day as the issue asks', () => {
    const text = csvProblemText({ code: 'unknown-day', effect: 'row-skipped', row: 7, column: 'Day', field: 'day', value: 'Tues and Thurs', part: 'Tues' });
    expect(text).to.equal("Row 7, column 'Day': 'Tues and Thurs' — write days as Monday, Tuesday …");
  });

  it("name the column as the file heads it, or the template's heading when the file has none", () => {
    expect(csvProblemText({ code: 'missing-name', effect: 'row-skipped', row: 4, column: 'NAME', field: 'name', value: '' })).to.equal(
      "Row 4, column 'NAME' is empty — every activity needs a name",
    );
    expect(csvProblemText({ code: 'bad-postcode', effect: 'row-skipped', row: 9, field: 'postcode', value: 'AV6' })).to.equal(
      "Row 9, column 'Postcode': 'AV6' — write a full UK postcode, like LS6 2AB",
    );
  });

  it('say which row has the ID already', () => {
    expect(csvProblemText({ code: 'repeated-id', effect: 'row-skipped', row: 9, column: 'Name', field: 'name', value: 'Walk', otherRow: 4 })).to.equal(
      "Row 9, column 'Name': 'Walk' — row 4 has this name too; give each activity its own name, or fill in the ID column",
    );
  });

  it('word whole-column problems by letter', () => {
    expect(csvProblemText({ code: 'unknown-column', effect: 'column-left-out', column: 'Postocde', letter: 'F' })).to.equal(
      "Column F, 'Postocde', is not one Waymark reads, so it was left out — check the spelling against the template",
    );
    expect(csvProblemText({ code: 'rows-before-headings', effect: 'rows-left-out', row: 3 })).to.equal('Rows 1 to 2 come before the headings in row 3, so they were left out');
  });
});
