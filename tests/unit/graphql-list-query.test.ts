import { parameterNames } from '../../src/db';
import { ENTITY_SPECS } from '../../src/specs';
import { CITY_SPEC } from '../../src/specs/city.spec';
import { defineSpec, filter, specProblems } from '../../src/specs';
import { OFFICER_SPEC } from '../../src/specs/officer.spec';
import {
  countQueryText,
  listQueryText,
  matchAndWhere,
  relatedSubsets,
  sortOrder,
  sortOrders,
} from '../../src/graph/list-query';
import { GRAPH_MODEL } from '../../src/model';
import type { EntitySpec } from '../../src/specs/entity-spec';
import { filteredParams, filterParams, listParams } from '../../src/graph/list-params';
import { generatedQueries } from '../../src/graph/cypher-files';

/** An id of the label a related filter names, in the model's id form (the value is only checked for its form). */
function relatedIdFor(spec: EntitySpec, name: string): string {
  const f = spec.filters.find((x) => x.kind === 'related' && x.name === name);
  const label = f?.kind === 'related' ? f.label : '';
  return `${GRAPH_MODEL.nodes[label]?.idPrefix ?? 'x'}:example`;
}

/** Query shapes: the generated list queries and the parameters sent with them always agree. */
describe('generated list queries', () => {
  it.each(ENTITY_SPECS.map((s) => [s.label, s]))(
    '%s: list and count take exactly the parameters the repository sends',
    (_label, spec) => {
      // Every subset of related-node filters has its own files: each must take what the repository sends for it.
      for (const related of relatedSubsets(spec)) {
        const values = Object.fromEntries(related.map((name) => [name, relatedIdFor(spec, name)]));
        for (const order of sortOrders(spec)) {
          const list = listParams(spec, values, order.value, undefined, 21);
          expect(list.related).toEqual(related);
          const text = listQueryText(spec, related, order);
          expect(parameterNames(text).sort()).toEqual(Object.keys(list.params).sort());
        }
        const count = filteredParams(spec, values);
        expect(parameterNames(countQueryText(spec, related)).sort()).toEqual(Object.keys(count.params).sort());
      }
      // The grouped counts keep every filter behind its flag.
      expect(parameterNames(matchAndWhere(spec)).sort()).toEqual(Object.keys(filterParams(spec)).sort());
    },
  );

  it('filters on a shared property such as name when a spec asks for it', () => {
    const spec = defineSpec({ ...CITY_SPEC, filters: [filter.equals('name'), filter.range('note')] });
    expect(specProblems([spec])).toEqual([]);
    expect(listQueryText(spec, [], sortOrder(spec, 'name_asc'))).toContain('(NOT $hasName OR toLower(n.name) = $name)');
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
    const text = listQueryText(OFFICER_SPEC, ['city', 'memberState'], sortOrder(OFFICER_SPEC, 'name_asc'));
    expect(text).toContain('WITH $nameContains AS q, $city AS city, $memberState AS memberState');
    expect(text).toContain(
      'EXISTS { MATCH (n)-[r0:SERVES]->(:City)-[r1:LOCATED_IN]->(m:MemberState) WHERE m.id = memberState }',
    );
    expect(text).toMatch(/n\.id ASC\nLIMIT \$limit$/);
    expect(text).not.toContain('SKIP');
  });

  it('has one list file per order, its keys descending or ascending, keyless nodes last, then id', () => {
    const meeting = ENTITY_SPECS.find((s) => s.label === 'Meeting')!;
    const files = generatedQueries(ENTITY_SPECS);
    expect([...files.keys()].filter((name) => name.startsWith('nodes/meeting/list-by-'))).toEqual(
      sortOrders(meeting).map((o) => `nodes/meeting/list-by-${o.value.replace(/_/g, '-')}`),
    );
    const text = files.get('nodes/meeting/list-by-date-desc') ?? '';
    expect(text).toContain('ORDER BY CASE WHEN n.date IS NULL THEN 1 ELSE 0 END, n.date DESC, n.id ASC');
    expect(text).toContain('n.date < $afterKey OR (n.date = $afterKey AND n.id > $afterId)');
    expect(text).not.toContain('$orderBy');
    expect(text).not.toMatch(/n\.(name|edition) [<>]/);
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
