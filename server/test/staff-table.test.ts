import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { html } from '../staff/html.ts';
import { dataTable, hiddenHeading } from '../staff/pages/table.ts';

describe('the staff screen\'s one table', { timeout: 10_000 }, () => {
  const rows = [{ name: '<b>Ann</b>', count: 3 }, { name: 'Bo', count: 12 }];

  it('heads each column and each row, and escapes what it is given', () => {
    const out = dataTable({
      caption: 'People',
      rows,
      columns: [
        { heading: 'Name', cell: (r) => r.name },
        { heading: 'Count', numeric: true, cell: (r) => r.count },
      ],
    }).text;
    assert.match(out, /<caption class="visually-hidden">People<\/caption>/);
    assert.match(out, /<th scope="col">Name<\/th><th scope="col" class="numeric">Count<\/th>/);
    assert.match(out, /<th scope="row">&lt;b&gt;Ann&lt;\/b&gt;<\/th><td class="numeric">3<\/td>/);
    assert.equal(out.match(/<tr>/g)!.length, 3, 'a heading row and one per person');
  });

  it('can show its caption, name another column as the row header, or none', () => {
    const columns = [
      { heading: hiddenHeading('Tick'), className: 'table__check', cell: () => html`<input type="checkbox">` },
      { heading: 'Name', cell: (r: (typeof rows)[number]) => r.name },
    ];
    const second = dataTable({ caption: 'People', showCaption: true, numbers: true, rows, columns, rowHeader: 1 }).text;
    assert.match(second, /<table class="table table--numbers">/);
    assert.match(second, /<caption class="table__caption">/);
    assert.match(second, /<th scope="col" class="table__check"><span class="visually-hidden">Tick<\/span><\/th>/);
    assert.match(second, /<td class="table__check"><input type="checkbox"><\/td><th scope="row">Bo<\/th>/);
    assert.doesNotMatch(dataTable({ caption: 'People', rows, columns, rowHeader: -1 }).text, /scope="row"/);
  });
});
