import { parameterNames } from '../../src/db';
import { ENTITY_SPECS } from '../../src/specs';
import { CITY_SPEC } from '../../src/specs/city.spec';
import { defineSpec, filter, specProblems } from '../../src/specs';
import { OFFICER_SPEC } from '../../src/specs/officer.spec';
import { countQueryText, listQueryText, sortOrders } from '../../src/graph/list-query';
import { filterParams, listParams } from '../../src/graph/list-params';
import { generatedQueries } from '../../src/graph/cypher-files';

/** Query shapes: the generated list queries and the parameters sent with them always agree. */
describe('generated list queries', () => {
  it.each(ENTITY_SPECS.map((s) => [s.label, s]))(
    '%s: list and count take exactly the parameters the repository sends',
    (_label, spec) => {
      const list = listParams(spec, {}, 'name_asc', undefined, 21);
      expect(parameterNames(listQueryText(spec)).sort()).toEqual(Object.keys(list).sort());
      expect(parameterNames(countQueryText(spec)).sort()).toEqual(Object.keys(filterParams(spec)).sort());
    },
  );

  it('filters on a shared property such as name when a spec asks for it', () => {
    const spec = defineSpec({ ...CITY_SPEC, filters: [filter.equals('name'), filter.range('note')] });
    expect(specProblems([spec])).toEqual([]);
    expect(listQueryText(spec)).toContain('(NOT $hasName OR toLower(n.name) = $name)');
    expect(filterParams(spec, { name: 'Hanoi' })).toMatchObject({ hasName: true, name: 'hanoi' });
  });

  it('switches filters with has-flags instead of null parameters', () => {
    expect(filterParams(CITY_SPEC, { pilot: true, nameContains: 'DKI' })).toEqual({
      nameContains: 'dki',
      hasPilot: true,
      pilot: true,
      hasMemberState: false,
      memberState: '',
      hasNetwork: false,
      network: '',
    });
  });

  it('reaches related nodes along every path the spec gives, binding parameters first', () => {
    const text = listQueryText(OFFICER_SPEC);
    expect(text).toContain('WITH $nameContains AS q, $city AS city, $memberState AS memberState');
    expect(text).toContain(
      'EXISTS { MATCH (n)-[r0:SERVES]->(:City)-[r1:LOCATED_IN]->(m:MemberState) WHERE m.id = memberState }',
    );
    expect(text).toMatch(/n\.id ASC\nLIMIT \$limit$/);
    expect(text).not.toContain('SKIP');
  });

  it('offers name order first and both directions of every sort key', () => {
    expect(sortOrders({ ...CITY_SPEC, sorts: ['name', 'pilot'] }).map((o) => o.value)).toEqual([
      'name_asc',
      'name_desc',
      'pilot_asc',
      'pilot_desc',
    ]);
  });

  it('rejects malformed filter values as BAD_USER_INPUT naming the filter', () => {
    expect(() => filterParams(CITY_SPEC, { memberState: "state:th' OR 1=1" })).toThrow(/filter.memberState/);
    expect(() =>
      filterParams(
        ENTITY_SPECS.find((s) => s.label === 'Meeting')!,
        { dateTo: '2019-13-45x' },
      ),
    ).toThrow(/filter.dateTo/);
  });

  it('puts labels and relationship types into query text only from the model', () => {
    const texts = [...generatedQueries(ENTITY_SPECS).values()].join('\n');
    expect(texts).not.toMatch(/\$\{|undefined|null\)/);
    expect(generatedQueries(ENTITY_SPECS).get('relations/located-in/city-out')).toContain(
      'UNWIND $ids AS id\nMATCH (a:City {id: id})-[r:LOCATED_IN]->(b)\nRETURN a.id AS key, b AS node, r AS rel',
    );
  });
});
