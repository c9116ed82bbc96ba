/// <reference types="node" />
// The spreadsheet import (src/core/directory/csv/) as it meets real files. In Node, where it runs
// (the command line and the inbox): papaparse is published as CommonJS only, which the browser
// test runner does not load. The cell readers it uses are tested in the browser (test/core/directory/csv/).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importDirectoryCsv, idFromName } from '../../src/core/directory/csv/import.ts';
import { decodeSpreadsheet } from '../../src/core/directory/csv/decode.ts';
import { csvProblemText, type CsvProblem } from '../../src/core/directory/csv/problems.ts';
import { COLUMNS, HEADINGS, templateHeading } from '../../src/core/directory/csv/columns.ts';

const TODAY = '2026-12-01';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/directory/${name}`, import.meta.url));
const read = (text: string) => importDirectoryCsv(text, { today: TODAY });
const where = (problems: CsvProblem[]) => problems.map((p) => [p.code, p.row, p.column]);
const BOM = '\uFEFF';

describe('CSV import: the held-out booklet', { timeout: 20_000 }, () => {
  const bytes = fixture('booklet-60.csv');

  it('is a file as Excel saves "CSV UTF-8": byte-order mark, CRLF rows, line breaks inside quoted cells', () => {
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    assert.ok((text.match(/\r\n/g) ?? []).length >= 62, 'CRLF between rows');
    assert.match(text, /"[^"\r]*\n[^"\r]*"/, 'a line break inside a quoted cell');
    assert.match(text, /"[^"]*,[^"]*"/, 'a comma inside a quoted cell');
    assert.match(text, /\r\n,{5,}\r\n/, 'a blank row of empty cells');
  });

  it('imports 55 of its 60 activities and names the 5 rows left out, by spreadsheet row and column', () => {
    const { activities, problems, rows } = importDirectoryCsv(decodeSpreadsheet(bytes), { today: TODAY });
    assert.equal(activities.length, 55);
    assert.deepEqual(rows, { read: 60, skipped: [7, 19, 28, 43, 57] });
    assert.deepEqual(where(problems), [
      ['unknown-day', 7, 'Day'],
      ['time-needs-am-pm', 19, 'Time'],
      ['unknown-need-area', 28, 'Need areas'],
      ['missing-name', 43, 'Name'],
      ['bad-date', 57, 'Last checked'],
    ]);
    assert.equal(csvProblemText(problems[0]!), "Row 7, column 'Day': 'Tues and Thurs' — write days as Monday, Tuesday …");
  });

  it('still leaves a row with a bad cell out whole, unlike a live feed (issue 15): the person importing sees it first', () => {
    // The finder drops only a bad field of a feed nobody is watching; an import is a person at a
    // screen, fixing a named cell before anything is published.
    const { activities, problems } = importDirectoryCsv(decodeSpreadsheet(bytes), { today: TODAY });
    assert.equal(activities.some((a) => a.name === problems[0]!.value), false);
    assert.deepEqual([...new Set(problems.map((p) => p.effect))], ['row-skipped']);
  });

  it('names no good row as unreachable: each has a phone, an email, a website or a place', () => {
    assert.deepEqual(importDirectoryCsv(decodeSpreadsheet(bytes), { today: TODAY }).unreachable, []);
    assert.deepEqual(read('Name,Place\r\nWalk,\r\nSwim,Leisure centre\r\n').unreachable, [{ row: 2, name: 'Walk' }]);
  });

  it('reads what the spreadsheet made of the good rows', () => {
    const { activities } = importDirectoryCsv(decodeSpreadsheet(bytes), { today: TODAY });
    const byName = (name: string) => activities.find((a) => a.name === name) ?? assert.fail(`no ${name}`);
    assert.equal(byName('Côr Cymunedol Kelby Wold').id, 'cor-cymunedol-kelby-wold');
    assert.equal(byName('Thornbury Cross Lunch Club').description, 'Tea, toast and a chat.\n\nEveryone welcome,\nincluding carers.');
    assert.equal(byName('Thornbury Cross Knit and Natter').description, 'Bring a project or learn from scratch. Known as "the Tuesday lot".');
    // Stray spaces after a name; a phone number the spreadsheet stored as a number; a lower-case postcode.
    assert.ok(activities.some((a) => a.name === 'Kelby Wold Knit and Natter'));
    assert.equal(byName('Kelby Wold Bereavement Support Group').contact.phone, '01632960009');
    assert.equal(byName('Thornbury Cross Money Advice Drop-in').locations[0]?.postcode, 'AV3 7QT');
    const walk = byName('Kelby Wold Walking Group');
    assert.deepEqual(walk.schedule, [{ days: ['wed'], opens: '10:00', closes: '12:00' }]); // ' Wednesday', '10:00-12:00'
    assert.deepEqual(walk.locations[0], {
      name: 'Kelby Wold Village Hall', address: 'Church Street, Kelby Wold, Ashby Vale', postcode: 'AV6 1LP', latitude: 53.0007, longitude: -1.0947, accessibility: [],
    });
    assert.deepEqual(walk.needAreas, ['physical-activity', 'nature-outdoors']);
    assert.deepEqual(walk.cost, { free: true });
    assert.equal(walk.lastChecked, '2025-03-03');
  });
});

describe('CSV import: what spreadsheets do', { timeout: 20_000 }, () => {
  const sheet = (rows: string[], eol = '\r\n') => rows.join(eol) + eol;
  const names = (text: string) => read(text).activities.map((a) => a.name);

  it('takes the byte-order mark off the first heading', () => {
    const { problems } = read(`${BOM}${sheet(['Name,Day', ',Monday'])}`);
    assert.deepEqual(where(problems), [['missing-name', 2, 'Name']]);
  });

  it('reads a first heading in quotes after the byte-order mark', () => {
    const { activities, problems } = read(`${BOM}${sheet(['"Notes, for us",Name,Day', 'x,Walk,Tues', 'y,Swim,Friday'])}`);
    assert.deepEqual(activities.map((a) => a.name), ['Swim']);
    assert.deepEqual(where(problems), [['unknown-column', undefined, 'Notes, for us'], ['unknown-day', 2, 'Day']]);
  });

  for (const [label, eol] of [['CRLF (Windows)', '\r\n'], ['LF', '\n'], ['CR (older Mac Excel)', '\r']] as const) {
    it(`reads ${label} line endings, with the same row numbers`, () => {
      const { activities, problems } = read(sheet(['Name,Day', 'Walk,Monday', 'Swim,Tues'], eol));
      assert.deepEqual(activities.map((a) => a.schedule[0]?.days), [['mon']]);
      assert.deepEqual(where(problems), [['unknown-day', 3, 'Day']]);
    });
  }

  it('keeps quoted commas, quotes and line breaks inside one cell, and counts rows as the spreadsheet does', () => {
    const { activities, problems } = read(sheet([
      'Name,Address,Description,Day',
      '"Lunch, and a chat","Church Street, Kelby Wold","Line one\nLine two, with ""quotes""",Friday',
      'Walk,,,Tues',
    ]));
    assert.deepEqual(activities[0]?.name, 'Lunch, and a chat');
    assert.deepEqual(activities[0]?.locations[0]?.address, 'Church Street, Kelby Wold');
    assert.equal(activities[0]?.description, 'Line one\nLine two, with "quotes"');
    // The cell with a line break is still one row: the walk is row 3.
    assert.deepEqual(where(problems), [['unknown-day', 3, 'Day']]);
  });

  it('passes over blank rows (empty lines and rows of empty cells) without renumbering the rest', () => {
    const { activities, problems, rows } = read(sheet(['Name,Day', 'Walk,Monday', '', ',,', ' , ', 'Swim,Tues']));
    assert.deepEqual(activities.map((a) => a.name), ['Walk']);
    assert.deepEqual(where(problems), [['unknown-day', 6, 'Day']]);
    assert.deepEqual(rows, { read: 2, skipped: [6] });
  });

  it('trims stray spaces (and non-breaking ones) from cells, and matches headings in any case or spacing', () => {
    const { activities, problems } = read(sheet([' NAME ,day,  Post Code ,need AREAS', '  Walk\u00a0 ,  Monday , av6  1lp ,  Feeling lonely ;Being more active ']));
    assert.deepEqual(problems, []);
    assert.deepEqual(activities[0]?.name, 'Walk');
    assert.deepEqual(activities[0]?.schedule[0]?.days, ['mon']);
    assert.deepEqual(activities[0]?.locations[0]?.postcode, 'AV6 1LP');
    assert.deepEqual(activities[0]?.needAreas, ['loneliness', 'physical-activity']);
  });

  it('reads semicolons or tabs between cells, as some programs save', () => {
    assert.deepEqual(names(sheet(['Name;Address', 'Walk;"Park Lane; the gate"'])), ['Walk']);
    assert.deepEqual(read(sheet(['Name\tAddress', 'Walk\tPark Lane, the gate'])).activities[0]?.locations[0]?.address, 'Park Lane, the gate');
  });

  it('reads plain "CSV" from a UK Excel (Windows-1252: £ and – are single bytes) and "Unicode Text" (UTF-16, tabs)', () => {
    const cp1252 = Uint8Array.from([...Buffer.from('Name,Cost,Time\r\nLunch,'), 0xa3, ...Buffer.from('5,10am'), 0x96, ...Buffer.from('12pm\r\n')]);
    const lunch = read(decodeSpreadsheet(cp1252)).activities[0];
    assert.deepEqual(lunch?.cost, { free: false, description: '£5' });
    assert.deepEqual(lunch?.schedule[0], { days: [], opens: '10:00', closes: '12:00' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\tCost\r\nLunch\t£5\r\n', 'utf16le')]);
    assert.deepEqual(read(decodeSpreadsheet(utf16)).activities[0]?.cost, { free: false, description: '£5' });
  });

  it('finds the headings below a title row, and says the rows above were left out', () => {
    const { activities, problems } = read(sheet(['Kelby Wold PPG green prescription booklet 2026,', ',', 'Name,Day', 'Walk,Tues']));
    assert.deepEqual(activities, []);
    assert.deepEqual(where(problems), [['rows-before-headings', 3, undefined], ['unknown-day', 4, 'Day']]);
  });
});

describe('CSV import: problems with the file', { timeout: 20_000 }, () => {
  it('imports nothing without a Name column, and lists the headings it found', () => {
    const { activities, problems } = read('Title,Day\r\nWalk,Monday\r\n');
    assert.deepEqual(activities, []);
    assert.deepEqual(problems, [{ code: 'no-name-column', effect: 'nothing-imported', row: 1, value: 'Title, Day' }]);
  });

  it('says an empty file has no headings', () => {
    for (const text of ['', BOM, '\r\n\r\n', ',,,\r\n']) {
      assert.deepEqual(read(text).problems, [{ code: 'no-headings', effect: 'nothing-imported' }], JSON.stringify(text));
    }
  });

  it('leaves out unknown, unnamed and repeated columns, naming each by letter, and imports the rest', () => {
    const { activities, problems } = read('Name,Postocde,,Day,Days\r\nWalk,AV6 1LP,secret,Monday,Tuesday\r\n');
    assert.deepEqual(activities.map((a) => [a.name, a.locations, a.schedule[0]?.days]), [['Walk', [], ['mon']]]);
    assert.deepEqual(problems.map((p) => [p.code, p.effect, p.letter, p.column]), [
      ['unknown-column', 'column-left-out', 'B', 'Postocde'],
      ['unnamed-column', 'column-left-out', 'C', undefined],
      ['repeated-column', 'column-left-out', 'E', 'Days'],
    ]);
  });

  it('does not mention an unnamed column that holds nothing (spreadsheets save a few)', () => {
    assert.deepEqual(read('Name,,\r\nWalk,,\r\n').problems, []);
  });

  it('leaves out a row whose quote mark never closes', () => {
    const { activities, problems } = read('Name,Day\r\nWalk,Monday\r\n"Swim,Tuesday\r\nYoga,Friday\r\n');
    assert.deepEqual(activities.map((a) => a.name), ['Walk']);
    assert.deepEqual(where(problems), [['unclosed-quote', 3, undefined]]);
  });

  it('leaves out a row with more filled cells than headings (an unquoted comma shifted it)', () => {
    const { activities, problems } = read('Name,Address,Day\r\nWalk,Park Lane, the gate,Monday\r\nSwim,,Tuesday,,\r\n');
    assert.deepEqual(activities.map((a) => a.name), ['Swim']);
    assert.deepEqual(problems.map((p) => [p.code, p.row, p.cells, p.headings]), [['extra-cells', 2, 4, 3]]);
  });
});

describe('CSV import: each problem in a row, by row and column', { timeout: 20_000 }, () => {
  const cases: [string, string, string, CsvProblem['code'], string][] = [
    ['Name', '', 'Walk', 'missing-name', 'Name'],
    ['Day', 'Tues and Thurs', 'Walk', 'unknown-day', 'Day'],
    ['Time', 'morning', 'Walk', 'unreadable-time', 'Time'],
    ['Time', '7:30-9:30', 'Walk', 'time-needs-am-pm', 'Time'],
    ['Time', '10am-12pm and 2pm-4pm', 'Walk', 'several-times', 'Time'],
    ['Time', '2pm-1pm', 'Walk', 'ends-before-start', 'Time'],
    ['Need areas', 'Gardening', 'Walk', 'unknown-need-area', 'Need areas'],
    ['Help towards work', 'Yes', 'Walk', 'unknown-work-help', 'Help towards work'],
    ['How to take part', 'Carrier pigeon', 'Walk', 'unknown-mode', 'How to take part'],
    ['How to join', 'Ask at reception', 'Walk', 'unknown-join-route', 'How to join'],
    ['Postcode', 'AV6', 'Walk', 'bad-postcode', 'Postcode'],
    ['Phone', 'ring Brenda', 'Walk', 'bad-phone', 'Phone'],
    ['Email', 'brenda at kelbywold', 'Walk', 'bad-email', 'Email'],
    ['Website', 'javascript:alert(1)', 'Walk', 'bad-website', 'Website'],
    ['Minimum age', 'eighteen', 'Walk', 'bad-age', 'Minimum age'],
    ['Last checked', '31/02/2026', 'Walk', 'bad-date', 'Last checked'],
    ['Last checked', '03/12/2026', 'Walk', 'date-in-future', 'Last checked'],
    ['Next dates', '12/01/2027; soon', 'Walk', 'bad-next-date', 'Next dates'],
    ['Someone will meet you', 'Usually', 'Walk', 'not-yes-no', 'Someone will meet you'],
    ['You can bring someone', 'ask first', 'Walk', 'not-yes-no', 'You can bring someone'],
  ];
  for (const [heading, cell, name, code, column] of cases) {
    it(`${code}: '${cell}' under '${heading}'`, () => {
      const columns = heading === 'Name' ? 'Name,Day' : `Name,${heading}`;
      const row = heading === 'Name' ? `${cell},Monday` : `${name},"${cell}"`;
      const { activities, problems } = read(`${columns}\r\nGood,\r\n${row}\r\n`);
      assert.deepEqual(activities.map((a) => a.name), ['Good'], 'the good row still imports');
      assert.deepEqual(where(problems), [[code, 3, column]]);
      assert.equal(problems[0]?.value, cell);
      assert.match(csvProblemText(problems[0]!), new RegExp(`^Row 3, column '${column.replace(/[()]/g, '\\$&')}'`));
    });
  }

  it('latitude or longitude alone, or off the globe', () => {
    const { problems } = read('Name,Latitude,Longitude\r\nA,52.9,\r\nB,,-1.1\r\nC,95,-1.1\r\nD,52.9,-200\r\n');
    assert.deepEqual(where(problems), [
      ['half-position', 2, 'Longitude'],
      ['half-position', 3, 'Latitude'],
      ['bad-latitude', 4, 'Latitude'],
      ['bad-longitude', 5, 'Longitude'],
    ]);
  });

  it('a maximum age below the minimum', () => {
    const { problems } = read('Name,Minimum age,Maximum age\r\nYouth club,18,16\r\n');
    assert.deepEqual(problems.map((p) => [p.code, p.row, p.column, p.value, p.minAge]), [['ages-reversed', 2, 'Maximum age', '16', 18]]);
    assert.equal(csvProblemText(problems[0]!), "Row 2, column 'Maximum age': '16' — this is below the minimum age (18)");
  });

  it('names every problem in a row at once, and leaves the row out once', () => {
    const { problems, rows } = read('Name,Day,Time,Postcode\r\nWalk,Tues,10 till 12,AV6\r\n');
    assert.deepEqual(where(problems), [['unknown-day', 2, 'Day'], ['time-needs-am-pm', 2, 'Time'], ['bad-postcode', 2, 'Postcode']]);
    assert.deepEqual(rows.skipped, [2]);
  });

  it('a second row with the same name, or the same ID, naming the first', () => {
    const byName = read('Name,Day\r\nWalk,Monday\r\nWalk,Thursday\r\n');
    assert.deepEqual(byName.problems.map((p) => [p.code, p.row, p.column, p.otherRow]), [['repeated-id', 3, 'Name', 2]]);
    const byId = read('ID,Name\r\nw1,Walk\r\nw1,Walk (Thursday)\r\n');
    assert.deepEqual(byId.problems.map((p) => [p.code, p.row, p.column, p.otherRow]), [['repeated-id', 3, 'ID', 2]]);
    // Two sessions of one group, told apart by name, both import.
    assert.equal(read('Name,Day\r\nWalk (Monday),Monday\r\nWalk (Thursday),Thursday\r\n').activities.length, 2);
  });
});

describe('CSV import: a full row becomes an activity', { timeout: 20_000 }, () => {
  it('maps every column of the layout', () => {
    const headings = 'ID,Name,Summary,Description,Organisation,Need areas,Help towards work,Day,Time,When (notes),How to take part,Place,Address,Postcode,Latitude,Longitude,Accessibility,Cost,Minimum age,Maximum age,Who it is for,How to join,Contact name,Phone,Email,Website,Languages,Last checked,Next dates,Someone will meet you,You can bring someone,How to get there';
    const row = [
      'kw-lunch', 'Kelby Wold Lunch Club', 'A hot lunch and good company.', '"Come and share a hot lunch.\nTransport can be arranged."', 'Kelby Wold Village Hall Committee',
      '"Feeling lonely, Food and cooking"', 'Skills and confidence', 'Friday', '12pm–2pm', 'Not on bank holidays', 'In person', 'Kelby Wold Village Hall',
      '"Church Street\nKelby Wold"', 'AV6 1LP', '52.9985', '-1.0913', '"Step-free entrance; Hearing loop"', '£5 for lunch', '60', '', 'Older people in the village',
      'Contact them yourself', 'Hall coordinator', '01632 960458', 'lunch@kelbywold.example.org', 'www.kelbywold.example', 'English and Polish', '19/05/2026',
      '"15/01/2027; 5 February 2027\n22/01/2027"', 'Yes', 'no', '"Bus 21 stops outside.\nParking at the back."',
    ].join(',');
    const { activities, problems } = read(`${headings}\r\n${row}\r\n`);
    assert.deepEqual(problems, []);
    assert.deepEqual(activities[0], {
      id: 'kw-lunch',
      name: 'Kelby Wold Lunch Club',
      summary: 'A hot lunch and good company.',
      description: 'Come and share a hot lunch.\nTransport can be arranged.',
      organisation: { name: 'Kelby Wold Village Hall Committee' },
      needAreas: ['loneliness', 'food-cooking'],
      pathways: ['work-indirect'],
      modes: ['in-person'],
      locations: [{ name: 'Kelby Wold Village Hall', address: 'Church Street, Kelby Wold', postcode: 'AV6 1LP', latitude: 52.9985, longitude: -1.0913, accessibility: ['Step-free entrance', 'Hearing loop'] }],
      schedule: [{ days: ['fri'], opens: '12:00', closes: '14:00', description: 'Not on bank holidays' }],
      cost: { free: false, description: '£5 for lunch' },
      eligibility: { minAge: 60, description: 'Older people in the village' },
      contact: { name: 'Hall coordinator', phone: '01632 960458', email: 'lunch@kelbywold.example.org', website: 'https://www.kelbywold.example' },
      howToJoin: ['self-referral'],
      languages: ['English', 'Polish'],
      lastChecked: '2026-05-19',
      nextDates: [
        { date: '2027-01-15', starts: '12:00', ends: '14:00' },
        { date: '2027-01-22', starts: '12:00', ends: '14:00' },
        { date: '2027-02-05', starts: '12:00', ends: '14:00' },
      ],
      firstVisit: { someoneMeetsYou: true, bringSomeone: false, gettingThere: 'Bus 21 stops outside.\nParking at the back.' },
    });
  });

  it('leaves the first-visit cells out when they are empty: not knowing is not "no"', () => {
    const { activities } = read('Name,Someone will meet you,You can bring someone,How to get there,Next dates\r\nWalk,,,,\r\nSwim,,Yes,,12/01/2027\r\n');
    assert.equal(activities[0]?.firstVisit, undefined);
    assert.deepEqual(activities[0]?.nextDates, []);
    assert.deepEqual(activities[1]?.firstVisit, { bringSomeone: true });
    assert.deepEqual(activities[1]?.nextDates, [{ date: '2027-01-12' }], 'no Time, so all day');
  });

  it('puts "When (notes)" on its own when there is no day or time', () => {
    const { activities } = read('Name,When (notes),How to take part\r\nPhone friends,One call a week at a time that suits you,By phone\r\n');
    assert.deepEqual(activities[0]?.schedule, []);
    assert.equal(activities[0]?.scheduleDescription, 'One call a week at a time that suits you');
    assert.deepEqual(activities[0]?.modes, ['phone']);
  });

  it('makes a steady ID from the name, even one written in another script', () => {
    assert.equal(idFromName("St Mary's Carers' Café"), 'st-mary-s-carers-cafe');
    assert.match(idFromName('اردو کلب'), /^activity-[0-9a-z]+$/);
    assert.equal(idFromName('اردو کلب'), idFromName('اردو کلب'));
    assert.notEqual(idFromName('اردو کلب'), idFromName('بنگالی کلب'));
  });
});

describe('CSV import: the layout, the template and the docs agree', { timeout: 20_000 }, () => {
  it("the template's headings are the layout's columns, in order", () => {
    const template = decodeSpreadsheet(readFileSync(new URL('../../docs/directory-template.csv', import.meta.url)));
    assert.deepEqual(template.split('\r\n')[0]!.split(','), COLUMNS.map(templateHeading));
  });

  it('docs/directory.md names every heading the import reads', () => {
    const docs = readFileSync(new URL('../../docs/directory.md', import.meta.url), 'utf8');
    const section = docs.slice(docs.indexOf('### Columns'));
    for (const column of COLUMNS) {
      for (const heading of HEADINGS[column]) assert.ok(section.includes(heading), `${column}: ${heading}`);
    }
  });
});
