import { expect } from '@open-wc/testing';
import { needAreasFor, pathwaysFor } from '../../../src/core/directory/taxonomy.ts';

describe('taxonomy → need areas', () => {
  const table: [string, string[]][] = [
    ['Befriending', ['loneliness']],
    ['Social isolation', ['loneliness']],
    ['Employment support', ['work']],
    ['Debt advice', ['money-debt']],
    ['Arts and crafts', ['arts-creativity']],
    ['Arthritis support', ['long-term-conditions']],
    ['Volunteering opportunities', ['volunteering']],
    ['Bereavement', ['bereavement']],
    ['ESOL classes', ['learning-skills']],
    ['Parking permits', []],
  ];
  for (const [name, expected] of table) {
    it(`"${name}" → ${expected.join(', ') || 'nothing'}`, () => {
      expect(needAreasFor([{ name }])).to.deep.equal(expected);
    });
  }

  it('uses the site map by id, then code, then lower-case name, before the built-in words', () => {
    const map = { 'id-1': ['housing' as const], 'CODE-2': ['caring' as const], 'lunch club': ['food-cooking' as const] };
    expect(needAreasFor([{ id: 'id-1', name: 'Befriending' }], map)).to.deep.equal(['housing']);
    expect(needAreasFor([{ code: 'CODE-2' }], map)).to.deep.equal(['caring']);
    expect(needAreasFor([{ name: 'Lunch Club' }], map)).to.deep.equal(['food-cooking']);
  });

  it('infers direct help towards work from employment support only', () => {
    expect(pathwaysFor([{ name: 'Employment support' }])).to.deep.equal(['work-direct']);
    expect(pathwaysFor([{ name: 'Volunteering' }])).to.deep.equal([]);
    expect(pathwaysFor([{ id: 'x', name: 'Something' }], { x: ['work'] })).to.deep.equal(['work-direct']);
    expect(pathwaysFor([{ id: 'x', name: 'Job club' }], { x: [] })).to.deep.equal([]);
  });
});
