import { expect } from '@open-wc/testing';
import { findJsonMistake, jsonMistakeText } from '../../../src/core/net/json-mistake.ts';

// Where a hand-edited JSON file goes wrong, by line and column, whatever the browser's own words.
describe('findJsonMistake', () => {
  const cases: [string, string, [number, number, string]][] = [
    ['a comma before }', '{\n  "service": {\n    "name": "Vale Hub",\n  }\n}', [4, 3, 'trailing-comma']],
    ['a comma before ]', '[1, 2,]', [1, 7, 'trailing-comma']],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', [3, 3, 'missing-comma']],
    ['a missing colon', '{ "a" 1 }', [1, 7, 'missing-colon']],
    ['a name without quotes', '{ service: {} }', [1, 3, 'quotes']],
    ['single quotes', "{ 'service': {} }", [1, 3, 'quotes']],
    ['a single-quoted value', '{ "a": \'b\' }', [1, 8, 'quotes']],
    ['an unclosed object', '{ "a": { "b": 1 }', [1, 18, 'ends-early']],
    ['an unclosed string', '{ "a": "b', [1, 10, 'ends-early']],
    ['an empty file', '', [1, 1, 'ends-early']],
    ['a web page', '<!doctype html>\n<html>', [1, 1, 'web-page']],
    ['a comment', '{\n  // the service\n  "a": 1\n}', [2, 3, 'unexpected']],
    ['a bad escape', '{ "a": "C:\\Users" }', [1, 12, 'unexpected']],
    ['more after the end', '{ "a": 1 } }', [1, 12, 'after-end']],
    ['a line break inside text', '{ "a": "one\ntwo" }', [1, 12, 'unexpected']],
  ];
  for (const [what, text, [line, column, code]] of cases) {
    it(`${what}: line ${line}, column ${column}`, () => {
      expect(() => JSON.parse(text), 'the browser refuses it too').to.throw();
      expect(findJsonMistake(text)).to.deep.equal({ line, column, code });
    });
  }

  it('finds nothing wrong in valid JSON, a byte-order mark included', () => {
    for (const text of ['{}', '[]', '"x"', '0', '-1.5e3', 'true', 'null', '\uFEFF{ "a": [1, {"b": "\\u00e9\\n"}] }\n', ' { "a" : [ ] } ']) {
      expect(findJsonMistake(text), text).to.equal(undefined);
    }
  });

  it('words each mistake for the site editor', () => {
    expect(jsonMistakeText({ line: 4, column: 3, code: 'trailing-comma' })).to.equal('line 4, column 3: there is a comma before a closing bracket: take it out');
    expect(jsonMistakeText({ line: 2, column: 1, code: 'quotes' })).to.equal('line 2, column 1: names and text need "double quotes"');
  });
});
