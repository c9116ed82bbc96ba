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

  it('gives employment support direct help towards work, and volunteering, learning and digital skills the indirect route', () => {
    expect(pathwaysFor([{ name: 'Employment support' }])).to.deep.equal(['work-direct']);
    expect(pathwaysFor([{ name: 'Volunteering' }])).to.deep.equal(['work-indirect']);
    expect(pathwaysFor([{ name: 'ESOL classes' }])).to.deep.equal(['work-indirect']);
    expect(pathwaysFor([{ name: 'Computer skills' }])).to.deep.equal(['work-indirect']);
    expect(pathwaysFor([{ name: 'Befriending' }, { name: 'Arts and crafts' }])).to.deep.equal([]);
    expect(pathwaysFor([{ name: 'Volunteering' }, { name: 'Job club' }]), 'both, in a fixed order').to.deep.equal(['work-direct', 'work-indirect']);
  });

  it("follows the site map's need areas to their default pathways", () => {
    expect(pathwaysFor([{ id: 'x', name: 'Something' }], { x: ['work'] })).to.deep.equal(['work-direct']);
    expect(pathwaysFor([{ id: 'x', name: 'Something' }], { x: ['volunteering'] })).to.deep.equal(['work-indirect']);
    expect(pathwaysFor([{ id: 'x', name: 'Job club' }], { x: [] })).to.deep.equal([]);
  });

  it('takes a pathway the site map names outright, instead of the defaults, and keeps it out of the need areas', () => {
    const map = { 'esd:confidence': ['mental-wellbeing' as const, 'work-indirect' as const], 'job club': ['work' as const, 'work-indirect' as const] };
    expect(pathwaysFor([{ code: 'esd:confidence', name: 'Confidence building' }], map)).to.deep.equal(['work-indirect']);
    expect(needAreasFor([{ code: 'esd:confidence' }], map)).to.deep.equal(['mental-wellbeing']);
    expect(pathwaysFor([{ name: 'Job Club' }], map), 'named, so not the work default').to.deep.equal(['work-indirect']);
    expect(pathwaysFor([{ id: 'x' }], { x: ['work-direct'] })).to.deep.equal(['work-direct']);
    expect(needAreasFor([{ id: 'x' }], { x: ['work-direct'] })).to.deep.equal([]);
  });
});
